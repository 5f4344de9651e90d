-- The referee's own choice to let the candidate have their answers in a copy of the candidate's data (GDPR art. 15(4)):
-- the moment they agreed, or null when they did not.
alter table referee add column sharing_agreed_at timestamp(6) with time zone;
