-- The retention terms as an admin set them on the privacy page. One row at most; without it the configured defaults
-- (werving.privacy.retention-days, .talent-pool-months) apply.
create table retention_policy (
    id bigint not null,
    version bigint not null,
    retention_days integer not null,
    talent_pool_months integer not null,
    changed_by bigint not null,
    changed_at timestamp(6) with time zone not null,
    constraint pk_retention_policy primary key (id),
    constraint fk_retention_policy_changed_by foreign key (changed_by) references app_user (id),
    constraint ck_retention_policy_days check (retention_days between 1 and 365),
    constraint ck_retention_policy_months check (talent_pool_months between 1 and 24)
);
