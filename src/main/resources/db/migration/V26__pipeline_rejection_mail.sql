-- The rejection mail an application's rejection queued, so the rejection can be undone while that mail has not left.
-- No foreign key: a sent mail row may go with the candidate's purge while the anonymous application stays.
alter table application add column rejection_mail_id bigint;
