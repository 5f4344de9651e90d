-- Slots that candidates book themselves, without a calendar connection. A slot belongs to a vacancy, is of one kind
-- (phone screen, role-play, group session, interview) and is offered to the applications in one stage. "booked" counts
-- the seats taken; a booking takes one with a conditional update (booked < capacity), so two candidates never get the
-- same last seat. Place, time and colleagues are not personal data.
create sequence slot_seq start with 1 increment by 50;

create table slot (
    id bigint not null,
    vacancy_id bigint not null,
    stage_id bigint,
    kind varchar(20) not null,
    starts_at timestamp(6) with time zone not null,
    duration_minutes integer not null,
    location varchar(200),
    video_url varchar(500),
    room varchar(100),
    capacity integer not null,
    booked integer not null,
    status varchar(20) not null,
    calendar_uid varchar(80) not null,
    calendar_sequence integer not null,
    created_by bigint not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_slot primary key (id),
    constraint uq_slot_calendar_uid unique (calendar_uid),
    constraint ck_slot_seats check (booked >= 0 and booked <= capacity),
    constraint fk_slot_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade,
    constraint fk_slot_stage foreign key (stage_id) references vacancy_stage (id) on delete set null,
    constraint fk_slot_created_by foreign key (created_by) references app_user (id)
);

create index ix_slot_vacancy on slot (vacancy_id, starts_at);
create index ix_slot_stage on slot (stage_id);
create index ix_slot_created_by on slot (created_by);

create table slot_interviewer (
    slot_id bigint not null,
    user_id bigint not null,
    constraint pk_slot_interviewer primary key (slot_id, user_id),
    constraint fk_slot_interviewer_slot foreign key (slot_id) references slot (id) on delete cascade,
    constraint fk_slot_interviewer_user foreign key (user_id) references app_user (id)
);

create index ix_slot_interviewer_user on slot_interviewer (user_id);

-- The anonymous fact of one booking, for reports: which vacancy, which kind, when, and how it ended (booked, cancelled,
-- attended, no-show). No link to the application or the person: the booking row points here and goes with the purge,
-- this row stays.
create sequence booking_fact_seq start with 1 increment by 50;

create table booking_fact (
    id bigint not null,
    vacancy_id bigint not null,
    kind varchar(20) not null,
    slot_starts_at timestamp(6) with time zone not null,
    booked_at timestamp(6) with time zone not null,
    outcome varchar(20) not null,
    reschedules integer not null,
    constraint pk_booking_fact primary key (id),
    constraint fk_booking_fact_vacancy foreign key (vacancy_id) references vacancy (id) on delete cascade
);

create index ix_booking_fact_vacancy on booking_fact (vacancy_id, kind);

-- A candidate's seat in a slot: personal data, deleted with the candidate. One booking per application and kind.
create sequence booking_seq start with 1 increment by 50;

create table booking (
    id bigint not null,
    slot_id bigint not null,
    application_id bigint not null,
    candidate_id bigint not null,
    kind varchar(20) not null,
    fact_id bigint not null,
    booked_at timestamp(6) with time zone not null,
    reminded_at timestamp(6) with time zone,
    attendance varchar(20),
    calendar_uid varchar(80) not null,
    calendar_sequence integer not null,
    version bigint not null,
    constraint pk_booking primary key (id),
    constraint uq_booking_application_kind unique (application_id, kind),
    constraint uq_booking_calendar_uid unique (calendar_uid),
    constraint fk_booking_slot foreign key (slot_id) references slot (id),
    constraint fk_booking_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_booking_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_booking_fact foreign key (fact_id) references booking_fact (id)
);

create index ix_booking_slot on booking (slot_id);
create index ix_booking_candidate on booking (candidate_id);
create index ix_booking_fact on booking (fact_id);

-- A candidate waiting for a seat in a full slot: personal data, deleted with the candidate. The first in line gets a
-- seat that frees up (before the cut-off) automatically. One entry per application and kind.
create sequence waiting_entry_seq start with 1 increment by 50;

create table waiting_entry (
    id bigint not null,
    slot_id bigint not null,
    application_id bigint not null,
    candidate_id bigint not null,
    kind varchar(20) not null,
    joined_at timestamp(6) with time zone not null,
    constraint pk_waiting_entry primary key (id),
    constraint uq_waiting_entry_application_kind unique (application_id, kind),
    constraint fk_waiting_entry_slot foreign key (slot_id) references slot (id) on delete cascade,
    constraint fk_waiting_entry_application foreign key (application_id) references application (id) on delete cascade,
    constraint fk_waiting_entry_candidate foreign key (candidate_id) references candidate (id) on delete cascade
);

create index ix_waiting_entry_slot on waiting_entry (slot_id, joined_at);
create index ix_waiting_entry_candidate on waiting_entry (candidate_id);
