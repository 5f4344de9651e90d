-- How many working days a candidate may wait in a stage before the home page lists them; empty means the reply
-- promise of the careers site (werving.careers.response-days).
alter table stage_template_stage add column time_limit_days integer;
alter table vacancy_stage add column time_limit_days integer;

-- Users who asked for the daily digest mail of their home page.
create table home_digest (
    user_id bigint not null,
    subscribed_at timestamp(6) with time zone not null,
    constraint pk_home_digest primary key (user_id),
    constraint fk_home_digest_user foreign key (user_id) references app_user (id) on delete cascade
);
