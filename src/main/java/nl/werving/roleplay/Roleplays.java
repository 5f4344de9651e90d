package nl.werving.roleplay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.AppUser;
import nl.werving.candidate.Candidate;
import nl.werving.identity.CurrentUser;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.PipelineService;
import nl.werving.web.RuleViolation;

/**
 * Role-play results and practical tests on an application. Whoever may see the application on the board records
 * them: recruiters, admins and the vacancy's hiring manager. The assessor's notes are stored sealed under the
 * candidate's key and opened here.
 */
@ApplicationScoped
public class Roleplays implements SealingBacklog {

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
    private final CandidateKeys keys;
    private final Clock clock;

    public Roleplays(CurrentUser currentUser, PipelineService pipeline, AuditLog audit, CandidateKeys keys, Clock clock) {
        this.currentUser = currentUser;
        this.pipeline = pipeline;
        this.audit = audit;
        this.keys = keys;
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

    @Transactional(TxType.MANDATORY)
    public Results results(long applicationId) {
        List<RoleplayResult> roleplays = RoleplayResult.forApplication(applicationId);
        return new Results(roleplays, notes(roleplays), PracticalTest.forApplication(applicationId));
    }

    /** The notes on these role-plays by role-play, opened with one read of keys whatever their number. */
    @Transactional(TxType.MANDATORY)
    public Map<Long, String> notes(List<RoleplayResult> roleplays) {
        List<RoleplayNote> stored = RoleplayNote.forResults(roleplays.stream().map(r -> r.id).toList());
        CandidateKeys.Opener opener = keys.opener(stored.stream().map(note -> note.candidate.id).toList());
        return stored.stream().collect(Collectors.toMap(note -> note.result.id, note -> opener.text(note.candidate.id, note.notes)));
    }

    /** The note's text as the assessor wrote it. */
    @Transactional(TxType.MANDATORY)
    public String text(RoleplayNote note) {
        return keys.decryptText(note.candidate.id, note.notes);
    }

    /**
     * Gives the duplicate's role-play notes to the kept candidate, sealed again under the kept candidate's key: the
     * duplicate's key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    public void moveNotes(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        for (RoleplayNote note : RoleplayNote.listForCandidate(duplicateId)) {
            note.notes = keys.reseal(duplicateId, keptId, note.notes);
            note.candidate = kept;
        }
        // Written now, before the merge deletes the duplicate and its rows with it.
        RoleplayNote.flush();
    }

    /** Encrypts up to {@code limit} role-play notes stored before they were sealed (V36 listed them). Returns how many. */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        return RoleplayNote.sealListed(limit, id -> {
            RoleplayNote note = RoleplayNote.findById(id);
            if (note == null) {
                return; // gone since it was listed
            }
            note.notes = keys.sealIfPlain(note.candidate.id, note.notes);
        });
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
            note.notes = keys.encryptText(application.candidate.id, form.notes.strip());
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
