-- The candidate experience survey. An invitation is personal data (who may answer, by which link) and belongs to the
-- candidate aggregate: it goes with the candidate. It is made when an application ends and mailed after a delay; the
-- link's token is set when the mail goes out, only its SHA-256 stored. Answering deletes the invitation.
create sequence survey_invitation_seq start with 1 increment by 50;

create table survey_invitation (
    id bigint not null,
    candidate_id bigint not null,
    application_id bigint not null,
    language varchar(2) not null,
    created_at timestamp(6) with time zone not null,
    send_after timestamp(6) with time zone not null,
    token_hash varchar(64),
    sent_at timestamp(6) with time zone,
    expires_at timestamp(6) with time zone,
    constraint pk_survey_invitation primary key (id),
    constraint uk_survey_invitation_application unique (application_id),
    constraint uk_survey_invitation_token unique (token_hash),
    constraint fk_survey_invitation_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_survey_invitation_application foreign key (application_id) references application (id) on delete cascade
);

create index ix_survey_invitation_candidate on survey_invitation (candidate_id);
create index ix_survey_invitation_due on survey_invitation (sent_at, send_after);

-- The answers, with nothing that leads back to the person: no candidate, no application, no moment (a month only), and
-- a random id rather than one from a sequence, whose order would tell who answered before whom. Kept after every purge.
create table survey_response (
    id bigint not null,
    vacancy_id bigint not null,
    outcome varchar(16) not null,
    answered_month date not null,
    nps integer not null,
    clarity integer not null,
    speed integer not null,
    respect integer not null,
    comment varchar(1000),
    constraint pk_survey_response primary key (id),
    constraint fk_survey_response_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade,
    constraint ck_survey_response_nps check (nps between 0 and 10),
    constraint ck_survey_response_clarity check (clarity between 1 and 5),
    constraint ck_survey_response_speed check (speed between 1 and 5),
    constraint ck_survey_response_respect check (respect between 1 and 5)
);

create index ix_survey_response_vacancy on survey_response (vacancy_id, answered_month);
create index ix_survey_response_month on survey_response (answered_month);
