-- Applications per client address, counted in the database so every instance applies the same limit. The address is
-- stored as a keyed hash and kept only for the length of the limit's window.
create sequence apply_attempt_seq start with 1 increment by 50;

create table apply_attempt (
    id bigint not null,
    client_key varchar(64) not null,
    attempted_at timestamp(6) with time zone not null,
    constraint pk_apply_attempt primary key (id)
);

create index ix_apply_attempt_client on apply_attempt (client_key, attempted_at);
create index ix_apply_attempt_time on apply_attempt (attempted_at);
