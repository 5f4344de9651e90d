-- Replies from candidates. Every mail that expects an answer carries a reply address unique to its conversation
-- (the recruiting mailbox with a token after a plus); the inbox reader finds the conversation by that token and stores
-- the reply with its candidate. Conversations and replies are the candidate's personal data (on delete cascade).
-- Replies that match no conversation wait in a queue for an admin, for a limited time.
alter table outbox_mail add column reply_to varchar(320);

create sequence conversation_seq start with 1 increment by 50;

create table conversation (
    id bigint not null,
    candidate_id bigint not null,
    token varchar(40) not null,
    application_id bigint,
    vacancy_id bigint,
    created_at timestamp(6) with time zone not null,
    constraint pk_conversation primary key (id),
    constraint uq_conversation_token unique (token),
    constraint fk_conversation_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_conversation_application foreign key (application_id) references application (id) on delete set null,
    constraint fk_conversation_vacancy foreign key (vacancy_id) references vacancy (id) on delete set null
);

create index ix_conversation_candidate on conversation (candidate_id);
create index ix_conversation_application on conversation (application_id);
create index ix_conversation_vacancy on conversation (vacancy_id);

-- message_key is the SHA-256 of the Message-ID (of the whole message when it has none): one row per message, so a
-- poll that stopped halfway and runs again never stores a reply twice.
create sequence reply_seq start with 1 increment by 50;

create table reply (
    id bigint not null,
    candidate_id bigint not null,
    conversation_id bigint,
    from_address varchar(320) not null,
    subject varchar(1000) not null,
    body_text varchar(100000) not null,
    received_at timestamp(6) with time zone not null,
    stored_at timestamp(6) with time zone not null,
    message_id varchar(1000),
    message_key varchar(64) not null,
    constraint pk_reply primary key (id),
    constraint uq_reply_message_key unique (message_key),
    constraint fk_reply_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_reply_conversation foreign key (conversation_id) references conversation (id) on delete set null
);

create index ix_reply_candidate on reply (candidate_id, received_at);
create index ix_reply_conversation on reply (conversation_id);

create sequence unmatched_reply_seq start with 1 increment by 50;

create table unmatched_reply (
    id bigint not null,
    from_address varchar(320) not null,
    to_address varchar(1000) not null,
    subject varchar(1000) not null,
    body_text varchar(100000) not null,
    received_at timestamp(6) with time zone not null,
    stored_at timestamp(6) with time zone not null,
    message_id varchar(1000),
    message_key varchar(64) not null,
    constraint pk_unmatched_reply primary key (id),
    constraint uq_unmatched_reply_message_key unique (message_key)
);

create index ix_unmatched_reply_stored_at on unmatched_reply (stored_at);
