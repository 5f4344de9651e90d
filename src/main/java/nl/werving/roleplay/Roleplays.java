package nl.werving.roleplay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.PipelineService;
import nl.werving.web.RuleViolation;

/**
 * Role-play results and practical tests on an application. Whoever may see the application on the board records
 * them: recruiters, admins and the vacancy's hiring manager.
 */
@ApplicationScoped
public class Roleplays {

    /** Role-plays and tests of one application, with the notes the current user may read. */
    public record Results(List<RoleplayResult> roleplays, Map<Long, String> notes, List<PracticalTest> tests) {

        /** For an interviewer who has yet to give their own judgement. */
        public static Results none() {
            return new Results(List.of(), Map.of(), List.of());
        }

        public String note(long resultId) {
            return notes.get(resultId);
        }
    }

    private final CurrentUser currentUser;
    private final PipelineService pipeline;
    private final AuditLog audit;
    private final Clock clock;

    public Roleplays(CurrentUser currentUser, PipelineService pipeline, AuditLog audit, Clock clock) {
        this.currentUser = currentUser;
        this.pipeline = pipeline;
        this.audit = audit;
        this.clock = clock;
    }

    public List<RoleplayScenario> scenarios() {
        return RoleplayScenario.listActive();
    }

    /** The application with what the forms show, if the current user may record results on it. */
    public Application application(long applicationId) {
        return pipeline.withCandidate(applicationId);
    }

    /** An application still in the procedure, for recording a result. */
    private Application running(long applicationId) {
        Application application = application(applicationId);
        if (application.status.isEnded()) {
            throw new RuleViolation("ended", "Application " + applicationId + " has ended");
        }
        return application;
    }

    /** Whether the current user may record results: as for the board, recruiters, admins and the vacancy's manager. */
    public boolean canRecord(Application application) {
        return currentUser.canManageVacancies()
                || application.vacancy.hiringManager != null && application.vacancy.hiringManager.id.equals(currentUser.getId());
    }

    public Results results(long applicationId) {
        List<RoleplayResult> roleplays = RoleplayResult.forApplication(applicationId);
        Map<Long, String> notes = RoleplayNote.forResults(roleplays.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.toMap(note -> note.result.id, note -> note.notes));
        return new Results(roleplays, notes, PracticalTest.forApplication(applicationId));
    }

    @Transactional
    public RoleplayResult record(long applicationId, RoleplayForm form) {
        Application application = running(applicationId);
        RoleplayScenario scenario = RoleplayScenario.<RoleplayScenario> findByIdOptional(form.scenarioId)
                .filter(found -> found.active)
                .orElseThrow(() -> new RuleViolation("scenario-invalid", "Scenario " + form.scenarioId + " is not in the library"));
        RoleplayResult result = new RoleplayResult();
        result.application = application;
        result.scenario = scenario;
        result.assessor = AppUser.findById(currentUser.getId());
        result.durationMinutes = form.durationMinutes;
        result.tone = form.tone;
        result.wordChoice = form.wordChoice;
        result.patience = form.patience;
        result.listening = form.listening;
        result.deEscalation = form.deEscalation;
        result.solution = form.solution;
        result.verdict = form.verdict;
        result.createdAt = Instant.now(clock);
        result.persist();
        if (form.notes != null && !form.notes.isBlank()) {
            RoleplayNote note = new RoleplayNote();
            note.candidate = application.candidate;
            note.result = result;
            note.notes = form.notes.strip();
            note.persist();
        }
        audit.record(AuditAction.ROLEPLAY_RECORDED, AuditLog.APPLICATION, applicationId);
        return result;
    }

    /** Records a checked test; only the fields of its kind are kept. */
    @Transactional
    public PracticalTest recordTest(long applicationId, PracticalTestForm form) {
        PracticalTest test = new PracticalTest();
        test.application = running(applicationId);
        test.kind = form.kind;
        switch (form.kind) {
            case LANGUAGE -> {
                test.language = form.language;
                test.cefrLevel = form.cefrLevel;
            }
            case TYPING -> {
                test.wordsPerMinute = form.wordsPerMinute;
                test.accuracyPercent = form.accuracyPercent;
            }
            case TRIAL_DAY -> test.outcome = form.outcome;
        }
        test.assessor = AppUser.findById(currentUser.getId());
        test.createdAt = Instant.now(clock);
        test.persist();
        audit.record(AuditAction.PRACTICAL_TEST_RECORDED, AuditLog.APPLICATION, applicationId);
        return test;
    }
}
