-- Failed logins counted per account and per client address, shared by all instances. The key is a keyed hash
-- (never the typed user name or the address itself), so the table holds nothing a person typed.
create table login_throttle (
    throttle_key varchar(80) not null,
    failures integer not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until timestamp(6) with time zone,
    constraint pk_login_throttle primary key (throttle_key)
);

-- A login on the server side: the browser holds a random token, the database its hash. Logging out, a new
-- password, other roles or deactivation delete the rows, and with them every saved login cookie.
create sequence login_session_seq start with 1 increment by 50;

create table login_session (
    id bigint not null,
    token_hash varchar(64) not null,
    user_id bigint not null,
    created_at timestamp(6) with time zone not null,
    last_seen_at timestamp(6) with time zone not null,
    constraint pk_login_session primary key (id),
    constraint uk_login_session_token unique (token_hash),
    constraint fk_login_session_user foreign key (user_id) references app_user (id) on delete cascade
);

create index ix_login_session_user on login_session (user_id);
