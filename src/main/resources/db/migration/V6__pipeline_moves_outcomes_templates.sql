-- Stage templates: admins keep the pipelines new vacancies start from.
create sequence stage_template_seq start with 1000 increment by 50;

create table stage_template (
    id bigint not null,
    name varchar(80) not null,
    is_default boolean not null,
    version bigint not null,
    constraint pk_stage_template primary key (id)
);

create sequence stage_template_stage_seq start with 1000 increment by 50;

create table stage_template_stage (
    id bigint not null,
    template_id bigint not null,
    sort_order integer not null,
    name varchar(60) not null,
    phase varchar(20) not null,
    constraint pk_stage_template_stage primary key (id),
    constraint fk_stage_template_stage_template foreign key (template_id) references stage_template (id) on delete cascade
);

insert into stage_template (id, name, is_default, version) values (1, 'Klantenservice', true, 0);
insert into stage_template_stage (id, template_id, sort_order, name, phase) values
    (1, 1, 1, 'Nieuw', 'RECEIVED'),
    (2, 1, 2, 'Screening', 'IN_REVIEW'),
    (3, 1, 3, 'Telefonisch gesprek', 'INTERVIEWS'),
    (4, 1, 4, 'Rollenspel', 'INTERVIEWS'),
    (5, 1, 5, 'Interview', 'INTERVIEWS'),
    (6, 1, 6, 'Referenties', 'INTERVIEWS'),
    (7, 1, 7, 'Aanbod', 'OFFER'),
    (8, 1, 8, 'Aangenomen', 'HIRED');

-- Reasons a recruiter chooses from when rejecting; admins keep the list.
create sequence rejection_reason_seq start with 1000 increment by 50;

create table rejection_reason (
    id bigint not null,
    label_nl varchar(120) not null,
    label_en varchar(120) not null,
    label_fr varchar(120) not null,
    sort_order integer not null,
    active boolean not null,
    version bigint not null,
    constraint pk_rejection_reason primary key (id)
);

insert into rejection_reason (id, label_nl, label_en, label_fr, sort_order, active, version) values
    (1, 'Past niet bij de functie-eisen', 'Does not meet the requirements', 'Ne répond pas aux exigences', 1, true, 0),
    (2, 'Taalniveau onvoldoende', 'Language level insufficient', 'Niveau de langue insuffisant', 2, true, 0),
    (3, 'Beschikbaarheid of rooster past niet', 'Availability or schedule does not fit', 'Disponibilité ou horaires incompatibles', 3, true, 0),
    (4, 'Rollenspel onvoldoende', 'Role-play below the bar', 'Jeu de rôle insuffisant', 4, true, 0),
    (5, 'Andere kandidaat gekozen', 'Another candidate was chosen', 'Un autre candidat a été retenu', 5, true, 0),
    (6, 'Vacature vervuld of gesloten', 'Vacancy filled or closed', 'Offre pourvue ou clôturée', 6, true, 0);

alter table application add column rejection_reason_id bigint;
alter table application add constraint fk_application_rejection_reason foreign key (rejection_reason_id) references rejection_reason (id);

-- Stage history: anonymous facts (which stage, when, who moved), kept after a purge.
create sequence stage_move_seq start with 1 increment by 50;

create table stage_move (
    id bigint not null,
    application_id bigint not null,
    from_stage_id bigint,
    to_stage_id bigint not null,
    actor_id bigint,
    moved_at timestamp(6) with time zone not null,
    constraint pk_stage_move primary key (id),
    constraint fk_stage_move_application foreign key (application_id) references application (id),
    constraint fk_stage_move_from foreign key (from_stage_id) references vacancy_stage (id) on delete set null,
    constraint fk_stage_move_to foreign key (to_stage_id) references vacancy_stage (id),
    constraint fk_stage_move_actor foreign key (actor_id) references app_user (id)
);

create index ix_stage_move_application on stage_move (application_id);
create index ix_application_vacancy_status on application (vacancy_id, status);

-- Notes of the team about a candidate (also the note with a move): free text, so personal data.
create sequence candidate_note_seq start with 1 increment by 50;

create table candidate_note (
    id bigint not null,
    candidate_id bigint not null,
    application_id bigint,
    stage_move_id bigint,
    author_id bigint,
    body varchar(4000) not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_candidate_note primary key (id),
    constraint fk_candidate_note_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_candidate_note_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_candidate_note_move foreign key (stage_move_id) references stage_move (id) on delete cascade,
    constraint fk_candidate_note_author foreign key (author_id) references app_user (id)
);

create index ix_candidate_note_candidate on candidate_note (candidate_id);

-- Who did what, append-only; ids and codes only, never personal data.
create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id bigint not null,
    occurred_at timestamp(6) with time zone not null,
    actor_id bigint,
    action varchar(40) not null,
    entity_type varchar(40),
    entity_id bigint,
    detail varchar(200),
    constraint pk_audit_event primary key (id),
    constraint fk_audit_event_actor foreign key (actor_id) references app_user (id)
);

create index ix_audit_event_time on audit_event (occurred_at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id);
