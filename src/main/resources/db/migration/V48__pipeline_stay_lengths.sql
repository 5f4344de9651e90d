-- The length of the stay each move ends, in whole hours and in working days (Monday to Friday), kept on the move when
-- it is made, so the time-in-stage report only groups and counts. Anonymous facts like the move itself: they stay
-- after the purge. Moves made from now on count the days in Dutch/Belgian time; the moves made so far are counted here
-- as the report counted them until now, in Dutch winter time.
alter table stage_move add column stay_hours bigint;
alter table stage_move add column stay_working_days integer;

update stage_move set
    stay_hours = cast(floor((extract(epoch from moved_at) - extract(epoch from entered_at)) / 3600) as bigint),
    stay_working_days = cast(
        (5 * ((cast(floor((extract(epoch from moved_at) + 3600) / 86400) as bigint) + 3) / 7)
            + least(mod(cast(floor((extract(epoch from moved_at) + 3600) / 86400) as bigint) + 3, 7) + 1, 5))
        - (5 * ((cast(floor((extract(epoch from entered_at) + 3600) / 86400) as bigint) + 3) / 7)
            + least(mod(cast(floor((extract(epoch from entered_at) + 3600) / 86400) as bigint) + 3, 7) + 1, 5))
        as integer)
where entered_at is not null;
