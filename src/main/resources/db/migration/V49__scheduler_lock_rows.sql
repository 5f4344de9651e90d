-- The clustered job store serialises its instances on two rows of qrtz_locks, and Quartz inserts a row the first
-- time it finds none. Two instances starting together on a new database both insert it: one fails on the primary key,
-- and on PostgreSQL that aborts its transaction and its start. The rows are here before any instance starts. The name
-- is Quarkus' default scheduler name (quarkus.quartz.instance-name); rows an instance already made stay.
insert into qrtz_locks (sched_name, lock_name)
select wanted.sched_name, wanted.lock_name
from (values ('QuarkusQuartzScheduler', 'TRIGGER_ACCESS'), ('QuarkusQuartzScheduler', 'STATE_ACCESS'))
    as wanted (sched_name, lock_name)
where not exists (
    select 1 from qrtz_locks held where held.sched_name = wanted.sched_name and held.lock_name = wanted.lock_name);
