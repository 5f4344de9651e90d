-- A vacancy's public texts in English and French beside the Dutch ones on the vacancy row. A language is offered once
-- it has a title; its other texts are shown as written (a blank one is left out, never filled in from Dutch).
create table vacancy_text (
    vacancy_id bigint not null,
    language varchar(2) not null,
    title varchar(120) not null,
    intro varchar(1000),
    tasks varchar(4000),
    must_haves varchar(4000),
    nice_to_haves varchar(4000),
    systems_used varchar(4000),
    team_and_culture varchar(4000),
    day_in_the_life varchar(4000),
    schedule_note varchar(500),
    constraint pk_vacancy_text primary key (vacancy_id, language),
    constraint fk_vacancy_text_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade
);

-- Job alerts: a visitor's e-mail address and criteria. Personal data of someone who may never apply, so it lives only
-- as long as the consent: unconfirmed rows go when they expire, confirmed rows when the subscriber unsubscribes. The
-- consent itself (text version, when given) is recorded on the row; it ends with the row.
create sequence job_alert_seq start with 1 increment by 50;

create table job_alert (
    id bigint not null,
    email varchar(254) not null,
    language varchar(2) not null,
    keyword varchar(80),
    city varchar(80),
    contract varchar(16),
    hours varchar(16),
    work_language varchar(2),
    no_weekend boolean not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone,
    consent_text_version varchar(40),
    consented_at timestamp(6) with time zone,
    last_sent_at timestamp(6) with time zone,
    constraint pk_job_alert primary key (id)
);

create index ix_job_alert_email on job_alert (email);
create index ix_job_alert_expires on job_alert (expires_at);

-- The links in job-alert mails (confirm, unsubscribe), stored as hashes of their random tokens.
create table job_alert_link (
    token_hash varchar(64) not null,
    job_alert_id bigint not null,
    purpose varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_job_alert_link primary key (token_hash),
    constraint fk_job_alert_link_alert foreign key (job_alert_id) references job_alert (id) on delete cascade
);

create index ix_job_alert_link_alert on job_alert_link (job_alert_id);
