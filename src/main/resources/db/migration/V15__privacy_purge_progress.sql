-- When a purge run last reported progress: a run that stopped reporting (its instance was killed) shows as interrupted.
alter table purge_run add column progress_at timestamp(6) with time zone;
update purge_run set progress_at = coalesce(finished_at, started_at);
