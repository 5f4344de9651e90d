-- The language staff read Werving's mails in (invitations, reminders, the digest): nl, en or fr, set with the language
-- switch or by an admin. Null reads Dutch, as every staff mail did before.
alter table app_user add column language varchar(5);

-- The one reminder an interviewer gets about a scorecard not submitted a day after the interview ended. One row per
-- interview and interviewer, so it is never sent twice. Ids and a time only: no personal data.
create table scorecard_reminder (
    interview_id bigint not null,
    user_id bigint not null,
    sent_at timestamp(6) with time zone not null,
    constraint pk_scorecard_reminder primary key (interview_id, user_id),
    constraint fk_scorecard_reminder_interview foreign key (interview_id) references interview (id) on delete cascade,
    constraint fk_scorecard_reminder_user foreign key (user_id) references app_user (id)
);

create index ix_scorecard_reminder_user on scorecard_reminder (user_id);
