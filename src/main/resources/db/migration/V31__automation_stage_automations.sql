-- Stage automations: what runs when an application enters a stage of a vacancy (a message template, the booking link,
-- the request for referees, a reminder to the interviewers), each after its delay. The configuration is the vacancy's,
-- not any candidate's; a template's deletion takes the automations that send it along.
create sequence stage_automation_seq start with 1 increment by 50;

create table stage_automation (
    id bigint not null,
    stage_id bigint not null,
    action varchar(30) not null,
    delay_kind varchar(20) not null,
    delay_hours integer,
    message_template_id bigint,
    created_by bigint,
    updated_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_stage_automation primary key (id),
    constraint fk_stage_automation_stage foreign key (stage_id) references vacancy_stage (id) on delete cascade,
    constraint fk_stage_automation_template foreign key (message_template_id) references message_template (id) on delete cascade,
    constraint fk_stage_automation_user foreign key (created_by) references app_user (id)
);

create index ix_stage_automation_stage on stage_automation (stage_id);
create index ix_stage_automation_template on stage_automation (message_template_id);
create index ix_stage_automation_user on stage_automation (created_by);

-- One automation due for one application: ids, times and a status only, no personal data. The stage and the moment the
-- application entered it are kept so that firing can check the application is still where it was.
create sequence scheduled_action_seq start with 1 increment by 50;

create table scheduled_action (
    id bigint not null,
    application_id bigint not null,
    automation_id bigint not null,
    stage_id bigint not null,
    stage_entered_at timestamp(6) with time zone not null,
    due_at timestamp(6) with time zone not null,
    status varchar(20) not null,
    created_at timestamp(6) with time zone not null,
    finished_at timestamp(6) with time zone,
    cancelled_by bigint,
    constraint pk_scheduled_action primary key (id),
    constraint fk_scheduled_action_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_scheduled_action_automation foreign key (automation_id) references stage_automation (id) on delete cascade,
    constraint fk_scheduled_action_stage foreign key (stage_id) references vacancy_stage (id),
    constraint fk_scheduled_action_user foreign key (cancelled_by) references app_user (id)
);

create index ix_scheduled_action_application on scheduled_action (application_id, status);
create index ix_scheduled_action_automation on scheduled_action (automation_id);
create index ix_scheduled_action_stage on scheduled_action (stage_id);
create index ix_scheduled_action_user on scheduled_action (cancelled_by);
create index ix_scheduled_action_due on scheduled_action (status, due_at);
