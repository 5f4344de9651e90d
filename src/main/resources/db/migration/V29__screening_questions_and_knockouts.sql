-- Volume intake: screening questions per vacancy, knock-out rules in versions, the candidates' answers, and whether a
-- vacancy asks for a CV at all.
alter table vacancy add column cv_optional boolean default false not null;

-- A question on a vacancy's apply form: ready-made from the vacancy's own fields (texts built in), or written by the
-- recruiter (NL required, EN and FR falling back to NL). A deleted question stays for the answers and rules that name it.
create sequence screening_question_seq start with 1 increment by 50;

create table screening_question (
    id bigint not null,
    vacancy_id bigint not null,
    kind varchar(20) not null,
    language_code varchar(2),
    text_nl varchar(300),
    text_en varchar(300),
    text_fr varchar(300),
    options_nl varchar(2000),
    options_en varchar(2000),
    options_fr varchar(2000),
    sort_order integer not null,
    deleted boolean not null,
    version bigint not null,
    constraint pk_screening_question primary key (id),
    constraint fk_screening_question_vacancy foreign key (vacancy_id) references vacancy (id)
);

create index ix_screening_question_vacancy on screening_question (vacancy_id);

-- Every save of a vacancy's knock-out rules is a new version; an application names the rule and version that decided it.
create sequence knockout_rule_set_seq start with 1 increment by 50;

create table knockout_rule_set (
    id bigint not null,
    vacancy_id bigint not null,
    version_number integer not null,
    created_at timestamp(6) with time zone not null,
    created_by bigint,
    constraint pk_knockout_rule_set primary key (id),
    constraint uk_knockout_rule_set_vacancy_version unique (vacancy_id, version_number),
    constraint fk_knockout_rule_set_vacancy foreign key (vacancy_id) references vacancy (id),
    constraint fk_knockout_rule_set_created_by foreign key (created_by) references app_user (id)
);

create index ix_knockout_rule_set_created_by on knockout_rule_set (created_by);

create sequence knockout_rule_seq start with 1 increment by 50;

create table knockout_rule (
    id bigint not null,
    rule_set_id bigint not null,
    question_id bigint not null,
    operator varchar(20) not null,
    rule_value varchar(200),
    position integer not null,
    constraint pk_knockout_rule primary key (id),
    constraint fk_knockout_rule_set foreign key (rule_set_id) references knockout_rule_set (id),
    constraint fk_knockout_rule_question foreign key (question_id) references screening_question (id)
);

create index ix_knockout_rule_set on knockout_rule (rule_set_id);
create index ix_knockout_rule_question on knockout_rule (question_id);

-- A candidate's answers: personal data, deleted with the candidate.
create sequence screening_answer_seq start with 1 increment by 50;

create table screening_answer (
    id bigint not null,
    application_id bigint not null,
    candidate_id bigint not null,
    question_id bigint not null,
    question_text varchar(300) not null,
    answer varchar(500) not null,
    answered_at timestamp(6) with time zone not null,
    constraint pk_screening_answer primary key (id),
    constraint fk_screening_answer_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_screening_answer_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_screening_answer_question foreign key (question_id) references screening_question (id)
);

create index ix_screening_answer_application on screening_answer (application_id);
create index ix_screening_answer_candidate on screening_answer (candidate_id);
create index ix_screening_answer_question on screening_answer (question_id);

-- The anonymous knock-out facts of an application (which rule of which version decided, and whether the candidate asked
-- for a person's review); they stay on the application row after the purge cuts the link to the person.
alter table application add column knockout_rule_id bigint;
alter table application add column knockout_rule_version integer;
alter table application add column review_requested_at timestamp(6) with time zone;
alter table application add constraint fk_application_knockout_rule foreign key (knockout_rule_id) references knockout_rule (id);
create index ix_application_knockout_rule on application (knockout_rule_id);

-- The outcome a knock-out gives; not offered for manual rejections.
insert into rejection_reason (id, label_nl, label_en, label_fr, sort_order, active, version) values
    (900, 'Voldoet niet aan de eisen', 'Does not meet the requirements', 'Ne remplit pas les conditions requises', 900, false, 0);
