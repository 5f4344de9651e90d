-- Report facts kept where the reports can count them without replaying each application's history: the furthest stage
-- an application reached (for the funnel; a move back keeps it), and on each move when the application had entered the
-- stage it left (for the time in stage). Both are anonymous facts and stay after the purge.
alter table application add column furthest_stage_id bigint;
alter table application add constraint fk_application_furthest_stage foreign key (furthest_stage_id) references vacancy_stage (id) on delete set null;
create index ix_application_furthest_stage on application (furthest_stage_id);

update application a set furthest_stage_id = coalesce(
    (select m.to_stage_id from stage_move m join vacancy_stage s on s.id = m.to_stage_id
     where m.application_id = a.id order by s.sort_order desc, m.id fetch first 1 rows only),
    a.stage_id);

alter table stage_move add column entered_at timestamp(6) with time zone;

update stage_move m set entered_at = coalesce(
    (select max(p.moved_at) from stage_move p
     where p.application_id = m.application_id and (p.moved_at < m.moved_at or (p.moved_at = m.moved_at and p.id < m.id))),
    (select a.applied_at from application a where a.id = m.application_id));

create index ix_stage_move_moved_at on stage_move (moved_at);
