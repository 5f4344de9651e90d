-- Every mail is stored here first and sent by the outbox sender; a row about a candidate is part of
-- that candidate's personal data and goes with the purge (on delete cascade).
create sequence outbox_mail_seq start with 1 increment by 50;

create table outbox_mail (
    id bigint not null,
    kind varchar(40) not null,
    recipient varchar(200) not null,
    subject varchar(300) not null,
    html_body varchar(100000) not null,
    text_body varchar(100000) not null,
    candidate_id bigint,
    status varchar(10) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error varchar(500),
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    version bigint not null,
    constraint pk_outbox_mail primary key (id),
    constraint fk_outbox_mail_candidate foreign key (candidate_id) references candidate (id) on delete cascade
);

create index ix_outbox_mail_due on outbox_mail (status, next_attempt_at);
create index ix_outbox_mail_candidate on outbox_mail (candidate_id);
