-- Every scheduled job now has an identity of its own. The four that had none were stored under names Quarkus generated
-- from a build-time counter, which a later build may number differently: a rolling upgrade would then leave the old
-- name firing on every instance with nothing to run. Their rows go; each instance schedules the named job at start.
delete from qrtz_simple_triggers where trigger_name like '%\_ScheduledInvoker\_%' escape '\';
delete from qrtz_cron_triggers where trigger_name like '%\_ScheduledInvoker\_%' escape '\';
delete from qrtz_fired_triggers where trigger_name like '%\_ScheduledInvoker\_%' escape '\';
delete from qrtz_triggers where trigger_name like '%\_ScheduledInvoker\_%' escape '\';
delete from qrtz_job_details where job_name like '%\_ScheduledInvoker\_%' escape '\';
