-- When the candidate was asked to renew a talent-pool consent, so the question goes out once.
alter table consent_record add column renewal_requested_at timestamp(6) with time zone;
