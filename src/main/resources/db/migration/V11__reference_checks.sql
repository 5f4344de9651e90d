-- Reference checks. The candidate names the referees and consents per referee; each referee answers a short
-- questionnaire through a single-use link. All of it is personal data of the candidate and the referees, so every
-- row hangs off the candidate and goes with it (on delete cascade).
create sequence reference_check_seq start with 1 increment by 50;

create table reference_check (
    id bigint not null,
    version bigint not null,
    application_id bigint not null,
    candidate_id bigint not null,
    status varchar(20) not null,
    requested_by bigint not null,
    requested_at timestamp(6) with time zone not null,
    answered_at timestamp(6) with time zone,
    withdrawn_at timestamp(6) with time zone,
    discussed_by bigint,
    discussed_at timestamp(6) with time zone,
    candidate_response varchar(4000),
    responded_at timestamp(6) with time zone,
    constraint pk_reference_check primary key (id),
    constraint fk_reference_check_application foreign key (application_id) references application (id),
    constraint fk_reference_check_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_reference_check_requested_by foreign key (requested_by) references app_user (id),
    constraint fk_reference_check_discussed_by foreign key (discussed_by) references app_user (id)
);

create index ix_reference_check_application on reference_check (application_id);
create index ix_reference_check_candidate on reference_check (candidate_id);

create sequence referee_seq start with 1 increment by 50;

create table referee (
    id bigint not null,
    reference_check_id bigint not null,
    position integer not null,
    full_name varchar(200) not null,
    email varchar(254) not null,
    phone varchar(40),
    relationship varchar(20) not null,
    company varchar(200) not null,
    period varchar(100) not null,
    status varchar(20) not null,
    token_hash varchar(64),
    -- The link of the first mail keeps working after the reminder brought a new one, until both expire.
    previous_token_hash varchar(64),
    invited_at timestamp(6) with time zone,
    expires_at timestamp(6) with time zone,
    reminded_at timestamp(6) with time zone,
    responded_at timestamp(6) with time zone,
    would_work_again varchar(10),
    remarks varchar(4000),
    constraint pk_referee primary key (id),
    constraint fk_referee_check foreign key (reference_check_id) references reference_check (id) on delete cascade
);

create index ix_referee_check on referee (reference_check_id);
create unique index ux_referee_token on referee (token_hash);
create index ix_referee_previous_token on referee (previous_token_hash);
create index ix_referee_reminder on referee (status, reminded_at, invited_at);

create sequence referee_answer_seq start with 1 increment by 50;

create table referee_answer (
    id bigint not null,
    referee_id bigint not null,
    topic varchar(30) not null,
    score integer,
    comment varchar(2000),
    constraint pk_referee_answer primary key (id),
    constraint fk_referee_answer_referee foreign key (referee_id) references referee (id) on delete cascade,
    constraint ck_referee_answer_score check (score between 1 and 5)
);

create index ix_referee_answer_referee on referee_answer (referee_id);

-- A consent to contact one referee is a consent record like the talent pool's, tied to that referee.
alter table consent_record add column referee_id bigint;
alter table consent_record add constraint fk_consent_record_referee foreign key (referee_id) references referee (id) on delete cascade;
create index ix_consent_record_referee on consent_record (referee_id);
