-- A legal hold keeps a candidate out of the purge until an admin lifts it. The reason may describe a dispute
-- about the person, so the row belongs to the candidate aggregate.
create sequence legal_hold_seq start with 1 increment by 50;

create table legal_hold (
    id bigint not null,
    candidate_id bigint not null,
    reason varchar(500) not null,
    placed_by bigint not null,
    placed_at timestamp(6) with time zone not null,
    lifted_by bigint,
    lifted_at timestamp(6) with time zone,
    constraint pk_legal_hold primary key (id),
    constraint fk_legal_hold_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_legal_hold_placed_by foreign key (placed_by) references app_user (id),
    constraint fk_legal_hold_lifted_by foreign key (lifted_by) references app_user (id)
);

create index ix_legal_hold_candidate on legal_hold (candidate_id);

-- Every run of the purge: when, how long, how many; anonymous.
create sequence purge_run_seq start with 1 increment by 50;

create table purge_run (
    id bigint not null,
    started_at timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    purged integer not null,
    failed integer not null,
    trigger_kind varchar(20) not null,
    constraint pk_purge_run primary key (id)
);

-- Finding candidates whose procedures all ended long enough ago.
create index ix_application_candidate_status on application (candidate_id, status, ended_at);
