-- Each interview asks its own 4–8 questions of the vacancy's kit, chosen for the kind of interview. Interviews
-- planned before this have no rows and keep using the whole kit. Anonymous facts: which questions, in what order.
alter table interview add column kind varchar(20);

create table planned_question (
    interview_id bigint not null,
    sort_order integer not null,
    question_id bigint not null,
    constraint pk_planned_question primary key (interview_id, sort_order),
    constraint fk_planned_question_interview foreign key (interview_id) references interview (id) on delete cascade,
    constraint fk_planned_question_question foreign key (question_id) references interview_question (id)
);

create index ix_planned_question_question on planned_question (question_id);

-- A question taken out of the kit after interviews were planned with it is retired, not deleted: those interviews
-- keep asking it, new plans no longer offer it.
alter table interview_question add column retired boolean default false not null;
