-- Requests for a copy or an erasure that candidates send by mail or letter, with the deadline of one month
-- (GDPR art. 12(3)). No personal data: when the candidate goes, the link is cut and the request stays as proof that it
-- was handled in time.
create sequence data_request_seq start with 1 increment by 50;

create table data_request (
    id bigint not null,
    candidate_id bigint,
    kind varchar(10) not null,
    received_on date not null,
    due_on date not null,
    recorded_by bigint not null,
    recorded_at timestamp(6) with time zone not null,
    completed_by bigint,
    completed_at timestamp(6) with time zone,
    constraint pk_data_request primary key (id),
    constraint fk_data_request_candidate foreign key (candidate_id) references candidate (id) on delete set null,
    constraint fk_data_request_recorded_by foreign key (recorded_by) references app_user (id),
    constraint fk_data_request_completed_by foreign key (completed_by) references app_user (id)
);

create index ix_data_request_candidate on data_request (candidate_id);
create index ix_data_request_due on data_request (completed_at, due_on);
