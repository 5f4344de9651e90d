-- The candidate search shows the newest applications, or those waiting longest, first: a page of 25 from the index
-- instead of sorting every application.
create index ix_application_applied_at on application (applied_at);
create index ix_application_stage_entered_at on application (stage_entered_at);
