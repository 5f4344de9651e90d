-- An index on every foreign key that had none. H2 creates one for each foreign key by itself; PostgreSQL does not, so
-- there each cascade of a purged candidate (tokens, consents, motivation) read its whole table, and deleting or changing
-- a referenced row checked the referencing table the same way. SchemaIndexesTest keeps it so for keys added later.

-- Candidate aggregate: the purge's cascades.
create index ix_candidate_token_candidate on candidate_token (candidate_id);
create index ix_consent_record_candidate on consent_record (candidate_id);
create index ix_candidate_motivation_candidate on candidate_motivation (candidate_id);
create index ix_candidate_document_application on candidate_document (application_id);
create index ix_candidate_note_application on candidate_note (application_id);
create index ix_candidate_note_move on candidate_note (stage_move_id);
create index ix_candidate_note_author on candidate_note (author_id);

-- Vacancies, applications and their history.
create index ix_vacancy_recruiter on vacancy (recruiter_id);
create index ix_application_rejection_reason on application (rejection_reason_id);
create index ix_stage_template_stage_template on stage_template_stage (template_id);
create index ix_stage_move_from on stage_move (from_stage_id);
create index ix_stage_move_to on stage_move (to_stage_id);
create index ix_stage_move_actor on stage_move (actor_id);

-- Interviews, scorecards, role-plays and practical tests.
create index ix_interview_created_by on interview (created_by);
create index ix_interview_interviewer_user on interview_interviewer (user_id);
create index ix_scorecard_interviewer on scorecard (interviewer_id);
create index ix_scorecard_rating_competency on scorecard_rating (competency_id);
create index ix_scorecard_rating_question on scorecard_rating (question_id);
create index ix_scorecard_note_question on scorecard_note (question_id);
create index ix_scorecard_amendment_competency on scorecard_amendment (competency_id);
create index ix_scorecard_amendment_author on scorecard_amendment (author_id);
create index ix_roleplay_result_scenario on roleplay_result (scenario_id);
create index ix_roleplay_result_assessor on roleplay_result (assessor_id);
create index ix_roleplay_note_result on roleplay_note (result_id);
create index ix_practical_test_assessor on practical_test (assessor_id);

-- References, privacy and the audit log: who did what.
create index ix_reference_check_requested_by on reference_check (requested_by);
create index ix_reference_check_discussed_by on reference_check (discussed_by);
create index ix_legal_hold_placed_by on legal_hold (placed_by);
create index ix_legal_hold_lifted_by on legal_hold (lifted_by);
create index ix_data_request_recorded_by on data_request (recorded_by);
create index ix_data_request_completed_by on data_request (completed_by);
create index ix_retention_policy_changed_by on retention_policy (changed_by);
create index ix_audit_event_actor on audit_event (actor_id);

-- Quartz's job store.
create index ix_qrtz_triggers_job on qrtz_triggers (sched_name, job_name, job_group);
