-- Structured interviews. Competencies with a behaviourally anchored 1–5 scale and the questions that probe
-- them: rows without a vacancy form the default kit, which a vacancy copies when it first needs one.
create sequence competency_seq start with 1000 increment by 50;

create table competency (
    id bigint not null,
    vacancy_id bigint,
    sort_order integer not null,
    name_nl varchar(80) not null,
    name_en varchar(80) not null,
    description_nl varchar(500) not null,
    description_en varchar(500) not null,
    anchor1_nl varchar(500) not null,
    anchor1_en varchar(500) not null,
    anchor3_nl varchar(500) not null,
    anchor3_en varchar(500) not null,
    anchor5_nl varchar(500) not null,
    anchor5_en varchar(500) not null,
    constraint pk_competency primary key (id),
    constraint fk_competency_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade
);

create index ix_competency_vacancy on competency (vacancy_id);

create sequence interview_question_seq start with 1000 increment by 50;

create table interview_question (
    id bigint not null,
    competency_id bigint not null,
    sort_order integer not null,
    kind varchar(20) not null,
    text_nl varchar(600) not null,
    text_en varchar(600) not null,
    constraint pk_interview_question primary key (id),
    constraint fk_interview_question_competency foreign key (competency_id) references competency (id) on delete cascade
);

create index ix_interview_question_competency on interview_question (competency_id);

-- An interview on an application: when, where, with whom. The uid and sequence number make calendar
-- invitations update (and cancel) the same event.
create sequence interview_seq start with 1 increment by 50;

create table interview (
    id bigint not null,
    application_id bigint not null,
    starts_at timestamp(6) with time zone not null,
    duration_minutes integer not null,
    location varchar(200),
    video_url varchar(500),
    status varchar(20) not null,
    calendar_uid varchar(80) not null,
    calendar_sequence integer not null,
    created_by bigint not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_interview primary key (id),
    constraint uq_interview_calendar_uid unique (calendar_uid),
    constraint fk_interview_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_interview_created_by foreign key (created_by) references app_user (id)
);

create index ix_interview_application on interview (application_id);

create table interview_interviewer (
    interview_id bigint not null,
    user_id bigint not null,
    constraint pk_interview_interviewer primary key (interview_id, user_id),
    constraint fk_interview_interviewer_interview foreign key (interview_id) references interview (id) on delete cascade,
    constraint fk_interview_interviewer_user foreign key (user_id) references app_user (id)
);

-- One scorecard per interviewer and interview. Ratings and the recommendation are anonymous facts kept for
-- reports; what the candidate said (STAR notes) is personal data and lives in scorecard_note.
create sequence scorecard_seq start with 1 increment by 50;

create table scorecard (
    id bigint not null,
    interview_id bigint not null,
    application_id bigint not null,
    interviewer_id bigint not null,
    status varchar(20) not null,
    recommendation varchar(20),
    created_at timestamp(6) with time zone not null,
    submitted_at timestamp(6) with time zone,
    version bigint not null,
    constraint pk_scorecard primary key (id),
    constraint uq_scorecard_interviewer unique (interview_id, interviewer_id),
    constraint fk_scorecard_interview foreign key (interview_id) references interview (id) on delete cascade,
    constraint fk_scorecard_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_scorecard_interviewer foreign key (interviewer_id) references app_user (id)
);

create index ix_scorecard_application on scorecard (application_id);

-- A rating of one competency (question_id null) or of the answer to one question.
create sequence scorecard_rating_seq start with 1 increment by 50;

create table scorecard_rating (
    id bigint not null,
    scorecard_id bigint not null,
    competency_id bigint not null,
    question_id bigint,
    rating integer not null,
    constraint pk_scorecard_rating primary key (id),
    constraint ck_scorecard_rating_scale check (rating between 1 and 5),
    constraint fk_scorecard_rating_scorecard foreign key (scorecard_id) references scorecard (id) on delete cascade,
    constraint fk_scorecard_rating_competency foreign key (competency_id) references competency (id),
    constraint fk_scorecard_rating_question foreign key (question_id) references interview_question (id)
);

create index ix_scorecard_rating_scorecard on scorecard_rating (scorecard_id);

-- The candidate's answer to a question as Situation, Task, Action, Result, or (question_id null) the
-- interviewer's general notes: free text about a person, part of the candidate aggregate.
create sequence scorecard_note_seq start with 1 increment by 50;

create table scorecard_note (
    id bigint not null,
    candidate_id bigint not null,
    scorecard_id bigint not null,
    question_id bigint,
    situation varchar(4000),
    task varchar(4000),
    action varchar(4000),
    result varchar(4000),
    notes varchar(4000),
    constraint pk_scorecard_note primary key (id),
    constraint fk_scorecard_note_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_scorecard_note_scorecard foreign key (scorecard_id) references scorecard (id) on delete cascade,
    constraint fk_scorecard_note_question foreign key (question_id) references interview_question (id)
);

create index ix_scorecard_note_scorecard on scorecard_note (scorecard_id);
create index ix_scorecard_note_candidate on scorecard_note (candidate_id);

-- A correction to a submitted scorecard: scorecard_rating holds the corrected value, this row the original
-- and the reason. The reason is free text about the candidate, so the row belongs to the candidate aggregate.
create sequence scorecard_amendment_seq start with 1 increment by 50;

create table scorecard_amendment (
    id bigint not null,
    candidate_id bigint not null,
    scorecard_id bigint not null,
    competency_id bigint,
    previous_rating integer,
    rating integer,
    previous_recommendation varchar(20),
    recommendation varchar(20),
    reason varchar(2000) not null,
    author_id bigint not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_scorecard_amendment primary key (id),
    constraint ck_scorecard_amendment_scale check (rating is null or rating between 1 and 5),
    constraint fk_scorecard_amendment_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_scorecard_amendment_scorecard foreign key (scorecard_id) references scorecard (id) on delete cascade,
    constraint fk_scorecard_amendment_competency foreign key (competency_id) references competency (id),
    constraint fk_scorecard_amendment_author foreign key (author_id) references app_user (id)
);

create index ix_scorecard_amendment_scorecard on scorecard_amendment (scorecard_id);
create index ix_scorecard_amendment_candidate on scorecard_amendment (candidate_id);

-- Role-plays: a library of difficult customer contacts, and results scored on fixed criteria.
create sequence roleplay_scenario_seq start with 1000 increment by 50;

create table roleplay_scenario (
    id bigint not null,
    sort_order integer not null,
    channel varchar(10) not null,
    title_nl varchar(120) not null,
    title_en varchar(120) not null,
    candidate_brief_nl varchar(2000) not null,
    candidate_brief_en varchar(2000) not null,
    actor_brief_nl varchar(2000) not null,
    actor_brief_en varchar(2000) not null,
    active boolean not null,
    version bigint not null,
    constraint pk_roleplay_scenario primary key (id)
);

create sequence roleplay_result_seq start with 1 increment by 50;

create table roleplay_result (
    id bigint not null,
    application_id bigint not null,
    scenario_id bigint not null,
    assessor_id bigint not null,
    duration_minutes integer not null,
    tone integer not null,
    word_choice integer not null,
    patience integer not null,
    listening integer not null,
    de_escalation integer not null,
    solution integer not null,
    verdict varchar(20) not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_roleplay_result primary key (id),
    constraint ck_roleplay_result_scale check (tone between 1 and 5 and word_choice between 1 and 5
        and patience between 1 and 5 and listening between 1 and 5 and de_escalation between 1 and 5
        and solution between 1 and 5),
    constraint fk_roleplay_result_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_roleplay_result_scenario foreign key (scenario_id) references roleplay_scenario (id),
    constraint fk_roleplay_result_assessor foreign key (assessor_id) references app_user (id)
);

create index ix_roleplay_result_application on roleplay_result (application_id);

-- The assessor's notes on a role-play: free text about the candidate.
create sequence roleplay_note_seq start with 1 increment by 50;

create table roleplay_note (
    id bigint not null,
    candidate_id bigint not null,
    result_id bigint not null,
    notes varchar(4000) not null,
    constraint pk_roleplay_note primary key (id),
    constraint fk_roleplay_note_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_roleplay_note_result foreign key (result_id) references roleplay_result (id) on delete cascade
);

create index ix_roleplay_note_candidate on roleplay_note (candidate_id);

-- Practical tests: language (CEFR level per language), typing (words per minute, accuracy), trial day.
-- Anonymous facts only.
create sequence practical_test_seq start with 1 increment by 50;

create table practical_test (
    id bigint not null,
    application_id bigint not null,
    kind varchar(20) not null,
    language varchar(2),
    cefr_level varchar(2),
    words_per_minute integer,
    accuracy_percent integer,
    outcome varchar(20),
    assessor_id bigint not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_practical_test primary key (id),
    constraint fk_practical_test_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_practical_test_assessor foreign key (assessor_id) references app_user (id)
);

create index ix_practical_test_application on practical_test (application_id);

-- Calendar invitations travel with their mail.
alter table outbox_mail add column calendar varchar(20000);
alter table outbox_mail add column calendar_method varchar(10);
