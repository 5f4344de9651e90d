-- Message templates that admins write and recruiters send, and the record of each message sent to a candidate. The
-- text of a sent message lives only in its outbox mail; a message row holds ids (who sent it, with which template,
-- about which application) and belongs to the candidate aggregate: it goes with the purge.
create sequence message_template_seq start with 1 increment by 50;

create table message_template (
    id bigint not null,
    name_nl varchar(120) not null,
    name_en varchar(120),
    name_fr varchar(120),
    subject_nl varchar(200) not null,
    subject_en varchar(200),
    subject_fr varchar(200),
    body_nl varchar(4000) not null,
    body_en varchar(4000),
    body_fr varchar(4000),
    version bigint not null,
    constraint pk_message_template primary key (id)
);

create sequence candidate_message_seq start with 1 increment by 50;

create table candidate_message (
    id bigint not null,
    candidate_id bigint not null,
    application_id bigint,
    outbox_mail_id bigint not null,
    template_id bigint,
    sender_id bigint not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_candidate_message primary key (id),
    constraint fk_candidate_message_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_candidate_message_application foreign key (application_id) references application (id),
    constraint fk_candidate_message_mail foreign key (outbox_mail_id) references outbox_mail (id) on delete cascade,
    constraint fk_candidate_message_template foreign key (template_id) references message_template (id) on delete set null,
    constraint fk_candidate_message_sender foreign key (sender_id) references app_user (id)
);

create index ix_candidate_message_candidate on candidate_message (candidate_id);
create index ix_candidate_message_application on candidate_message (application_id);
create index ix_candidate_message_mail on candidate_message (outbox_mail_id);
create index ix_candidate_message_template on candidate_message (template_id);
create index ix_candidate_message_sender on candidate_message (sender_id);
