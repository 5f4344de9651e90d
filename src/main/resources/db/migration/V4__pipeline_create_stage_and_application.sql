-- Starts high: the backfill below numbers its rows from 1.
create sequence vacancy_stage_seq start with 1000000 increment by 50;

create table vacancy_stage (
    id bigint not null,
    vacancy_id bigint not null,
    sort_order integer not null,
    name varchar(60) not null,
    phase varchar(20) not null,
    constraint pk_vacancy_stage primary key (id),
    constraint uk_vacancy_stage_order unique (vacancy_id, sort_order),
    constraint fk_vacancy_stage_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade
);

-- Vacancies made before stages existed get the default customer-service pipeline.
insert into vacancy_stage (id, vacancy_id, sort_order, name, phase)
select row_number() over (order by v.id, s.sort_order), v.id, s.sort_order, s.name, s.phase
from vacancy v cross join (
    select 1 as sort_order, 'Nieuw' as name, 'RECEIVED' as phase
    union all select 2, 'Screening', 'IN_REVIEW'
    union all select 3, 'Telefonisch gesprek', 'INTERVIEWS'
    union all select 4, 'Rollenspel', 'INTERVIEWS'
    union all select 5, 'Interview', 'INTERVIEWS'
    union all select 6, 'Referenties', 'INTERVIEWS'
    union all select 7, 'Aanbod', 'OFFER'
    union all select 8, 'Aangenomen', 'HIRED'
) s;

-- The anonymous facts of an application; candidate_id is cut when the candidate is purged.
create sequence application_seq start with 1 increment by 50;

create table application (
    id bigint not null,
    vacancy_id bigint not null,
    candidate_id bigint,
    stage_id bigint not null,
    status varchar(20) not null,
    source varchar(30) not null,
    source_tag varchar(40),
    applied_at timestamp(6) with time zone not null,
    stage_entered_at timestamp(6) with time zone not null,
    ended_at timestamp(6) with time zone,
    version bigint not null,
    constraint pk_application primary key (id),
    constraint uk_application_vacancy_candidate unique (vacancy_id, candidate_id),
    constraint fk_application_vacancy foreign key (vacancy_id) references vacancy (id),
    constraint fk_application_candidate foreign key (candidate_id) references candidate (id) on delete set null,
    constraint fk_application_stage foreign key (stage_id) references vacancy_stage (id)
);

create index ix_application_candidate on application (candidate_id);
create index ix_application_stage on application (stage_id);

-- What the candidate sent with an application: personal data, part of the candidate aggregate.
create sequence candidate_document_seq start with 1 increment by 50;

create table candidate_document (
    id bigint not null,
    candidate_id bigint not null,
    application_id bigint,
    kind varchar(20) not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    content bytea not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_candidate_document primary key (id),
    constraint fk_candidate_document_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_candidate_document_application foreign key (application_id) references application (id) on delete cascade
);

create index ix_candidate_document_candidate on candidate_document (candidate_id);

create sequence candidate_motivation_seq start with 1 increment by 50;

create table candidate_motivation (
    id bigint not null,
    candidate_id bigint not null,
    application_id bigint not null,
    body varchar(4000) not null,
    constraint pk_candidate_motivation primary key (id),
    constraint uk_candidate_motivation_application unique (application_id),
    constraint fk_candidate_motivation_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_candidate_motivation_application foreign key (application_id) references application (id) on delete cascade
);
