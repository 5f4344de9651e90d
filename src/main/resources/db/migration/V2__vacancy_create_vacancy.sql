create sequence vacancy_seq start with 1 increment by 50;

create table vacancy (
    id bigint not null,
    slug varchar(80) not null,
    status varchar(16) not null,
    title varchar(120) not null,
    team varchar(120),
    city varchar(80) not null,
    country varchar(2) not null,
    work_model varchar(16) not null,
    contract_type varchar(16) not null,
    openings integer not null,
    hours_min integer,
    hours_max integer,
    shift_work boolean not null,
    evening_work boolean not null,
    weekend_work boolean not null,
    schedule_note varchar(500),
    intro varchar(1000),
    tasks varchar(4000),
    must_haves varchar(4000),
    nice_to_haves varchar(4000),
    systems_used varchar(4000),
    team_and_culture varchar(4000),
    day_in_the_life varchar(4000),
    salary_min integer,
    salary_max integer,
    closing_date date,
    hiring_manager_id bigint,
    recruiter_id bigint,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    published_at timestamp(6) with time zone,
    closed_at timestamp(6) with time zone,
    version bigint not null,
    constraint pk_vacancy primary key (id),
    constraint uk_vacancy_slug unique (slug),
    constraint fk_vacancy_hiring_manager foreign key (hiring_manager_id) references app_user (id),
    constraint fk_vacancy_recruiter foreign key (recruiter_id) references app_user (id)
);

create index ix_vacancy_status on vacancy (status);
create index ix_vacancy_hiring_manager on vacancy (hiring_manager_id);

create table vacancy_language (
    vacancy_id bigint not null,
    language_code varchar(2) not null,
    cefr_level varchar(2) not null,
    constraint pk_vacancy_language primary key (vacancy_id, language_code),
    constraint fk_vacancy_language_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade
);
