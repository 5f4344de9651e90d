-- The candidate aggregate: every row here is personal data and goes when the candidate is purged.
create sequence candidate_seq start with 1 increment by 50;

create table candidate (
    id bigint not null,
    full_name varchar(120) not null,
    email varchar(200) not null,
    email_key varchar(200) not null,
    phone varchar(40),
    locale varchar(5) not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_candidate primary key (id),
    constraint uk_candidate_email_key unique (email_key)
);

create sequence candidate_token_seq start with 1 increment by 50;

create table candidate_token (
    id bigint not null,
    candidate_id bigint not null,
    token_hash varchar(64) not null,
    purpose varchar(20) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    constraint pk_candidate_token primary key (id),
    constraint uk_candidate_token_hash unique (token_hash),
    constraint fk_candidate_token_candidate foreign key (candidate_id) references candidate (id) on delete cascade
);

create sequence consent_record_seq start with 1 increment by 50;

create table consent_record (
    id bigint not null,
    candidate_id bigint not null,
    purpose varchar(20) not null,
    text_version varchar(40) not null,
    channel varchar(20) not null,
    given_at timestamp(6) with time zone not null,
    withdrawn_at timestamp(6) with time zone,
    constraint pk_consent_record primary key (id),
    constraint fk_consent_record_candidate foreign key (candidate_id) references candidate (id) on delete cascade
);
