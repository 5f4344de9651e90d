package nl.werving.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.ConsentRecord;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationEnded;
import nl.werving.pipeline.PipelineService;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;
import nl.werving.web.Tokens;

/**
 * The rules of a reference check. A recruiter asks; the candidate names referees and consents per referee, or refuses;
 * only a referee with a valid consent can be sent the questionnaire; the candidate can withdraw at any time, which
 * cancels what is open and deletes what was answered.
 */
@ApplicationScoped
public class ReferenceChecks {

    /** The version of the consent statement the candidate agrees to per referee (see the reference bundle). */
    public static final String CONSENT_TEXT_VERSION = "referenties-2026-11";

    /** The reference checks of one application as a recruiter or the vacancy's hiring manager sees them. */
    public record Findings(Application application, List<ReferenceCheck> checks, Map<Long, ConsentRecord> consents,
            boolean canManage, Instant now) {

        /** The consent the candidate gave for a referee, withdrawn or not. */
        public ConsentRecord consent(long refereeId) {
            return consents.get(refereeId);
        }

        /** The rule of {@link ReferenceChecks#hasValidConsent(Referee)}, on the consents already loaded. */
        public boolean consentValid(Referee referee) {
            return hasValidConsent(referee, consents.get(referee.id));
        }

        /** Whether the recruiter can send this referee the questionnaire now. */
        public boolean invitable(Referee referee) {
            return canManage && !application.status.isEnded() && referee.isInvitable(now);
        }

        public boolean expired(Referee referee) {
            return referee.isExpired(now);
        }

        /** Whether a new check can be asked for: the application runs and no check is open. */
        public boolean canStart() {
            return canManage && !application.status.isEnded() && checks.stream().noneMatch(ReferenceCheck::isOpen);
        }
    }

    private final PipelineService pipeline;
    private final CandidateService candidates;
    private final ReferenceMails mails;
    private final ReferenceTexts texts;
    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ReferenceConfig config;
    private final Clock clock;

    public ReferenceChecks(PipelineService pipeline, CandidateService candidates, ReferenceMails mails, ReferenceTexts texts,
            Outbox outbox, CurrentUser currentUser, AuditLog audit, ReferenceConfig config, Clock clock) {
        this.pipeline = pipeline;
        this.candidates = candidates;
        this.mails = mails;
        this.texts = texts;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Findings findings(long applicationId) {
        Application application = application(applicationId);
        List<ReferenceCheck> checks = ReferenceCheck.forApplication(applicationId);
        Referee.loadAnswers(checks);
        texts.open(checks);
        List<Long> refereeIds = checks.stream().flatMap(check -> check.referees.stream()).map(referee -> referee.id).toList();
        Map<Long, ConsentRecord> consents = ConsentRecord.listForReferees(refereeIds).stream()
                .collect(Collectors.toMap(consent -> consent.refereeId, consent -> consent, (first, second) -> first));
        audit.record(AuditAction.REFERENCES_VIEWED, AuditLog.APPLICATION, applicationId);
        return new Findings(application, checks, consents, currentUser.canManageVacancies(), Instant.now(clock));
    }

    /** Asks the candidate, by mail, to name referees. One open check per application. */
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public ReferenceCheck start(long applicationId) {
        return begin(application(applicationId), currentUser.getId());
    }

    /**
     * A stage automation asks the candidate for referees on behalf of the user who set it up; refused like
     * {@link #start(long)} when the application ended or a check is open.
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = RuleViolation.class)
    public ReferenceCheck startAutomated(long applicationId, long requestedBy) {
        Application application = Application.<Application> findByIdOptional(applicationId)
                .filter(found -> found.candidate != null).orElseThrow(NotFoundException::new);
        return begin(application, requestedBy);
    }

    private ReferenceCheck begin(Application application, Long requestedBy) {
        long applicationId = application.id;
        // Two recruiters starting at once must not ask the candidate twice.
        Application.getEntityManager().lock(application, LockModeType.PESSIMISTIC_WRITE);
        if (application.status.isEnded()) {
            throw new RuleViolation("ended", "Application " + applicationId + " has ended");
        }
        if (ReferenceCheck.forApplication(applicationId).stream().anyMatch(ReferenceCheck::isOpen)) {
            throw new RuleViolation("reference-check-open", "Application " + applicationId + " has an open reference check");
        }
        ReferenceCheck check = new ReferenceCheck();
        check.application = application;
        check.candidate = application.candidate;
        check.status = ReferenceCheckStatus.REQUESTED;
        check.requestedBy = requestedBy;
        check.requestedAt = Instant.now(clock);
        check.persist();
        outbox.enqueue(mails.request(check, candidates.issueStatusToken(application.candidate)));
        audit.record(AuditAction.REFERENCE_CHECK_REQUESTED, AuditLog.REFERENCE_CHECK, check.id);
        return check;
    }

    /**
     * Sends a referee the questionnaire. Refused unless the candidate's consent for exactly this referee stands: the
     * software, not the recruiter's care, keeps referees without consent out of reach.
     */
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Referee invite(long checkId, long refereeId) {
        ReferenceCheck check = ReferenceCheck.<ReferenceCheck> findByIdOptional(checkId).orElseThrow(NotFoundException::new);
        application(check.application.id);
        // Locked as it is read: two recruiters pressing at once send one questionnaire.
        Referee referee = Referee.<Referee> findByIdOptional(refereeId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.check.id.equals(checkId)).orElseThrow(NotFoundException::new);
        if (!hasValidConsent(referee)) {
            throw new RuleViolation("no-consent", "Referee " + refereeId + " has no valid consent from the candidate");
        }
        Instant now = Instant.now(clock);
        if (!referee.isInvitable(now)) {
            throw new RuleViolation("already-invited", "Referee " + refereeId + " was invited already");
        }
        // The address and the name go into the mail.
        texts.openReferees(List.of(referee));
        // A first invitation, or a new link after the last one ran out unanswered.
        String token = Tokens.newToken();
        referee.tokenHash = Tokens.hash(token);
        referee.previousTokenHash = null;
        referee.remindedAt = null;
        referee.invitedAt = now;
        referee.expiresAt = now.plus(config.linkLifetime());
        referee.status = RefereeStatus.INVITED;
        outbox.enqueue(mails.invitation(referee, token, false));
        audit.record(AuditAction.REFEREE_INVITED, AuditLog.REFEREE, referee.id);
        return referee;
    }

    /**
     * A consent for this referee, given and not withdrawn, on a check the candidate has not withdrawn, for an application
     * that still runs.
     */
    static boolean hasValidConsent(Referee referee) {
        return hasValidConsent(referee, ConsentRecord.findStandingReferenceConsent(referee.id));
    }

    static boolean hasValidConsent(Referee referee, ConsentRecord consent) {
        return consent != null && consent.withdrawnAt == null && referee.check.status == ReferenceCheckStatus.NAMED
                && referee.status != RefereeStatus.CANCELLED && !referee.check.application.status.isEnded();
    }

    /** The recruiter talked the findings through with the candidate and notes what the candidate said. */
    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public ReferenceCheck recordDiscussion(long checkId, Long version, String response) {
        ReferenceCheck check = ReferenceCheck.<ReferenceCheck> findByIdOptional(checkId).orElseThrow(NotFoundException::new);
        application(check.application.id);
        ConcurrentEdits.requireVersion(check.version, version);
        if (!check.hasFindings()) {
            throw new RuleViolation("no-findings", "Reference check " + checkId + " has no answers to discuss");
        }
        Instant now = Instant.now(clock);
        check.discussedAt = now;
        check.discussedBy = currentUser.getId();
        if (response != null && !response.isBlank()) {
            texts.response(check, response.strip());
            check.respondedAt = now;
        }
        audit.record(AuditAction.REFERENCES_DISCUSSED, AuditLog.REFERENCE_CHECK, check.id);
        // A candidate's response saved meanwhile is a conflict to show, not an error at commit.
        ReferenceCheck.flush();
        return check;
    }

    // The candidate's side, reached through their status link.

    /** The candidate's checks, newest first, with what the referees said. */
    @Transactional
    public List<ReferenceCheck> ofCandidate(long candidateId) {
        List<ReferenceCheck> checks = ReferenceCheck.forCandidate(candidateId);
        Referee.loadAnswers(checks);
        texts.open(checks);
        return checks;
    }

    /** One of the candidate's own checks; 404 for anyone else's. */
    @Transactional
    public ReferenceCheck ofCandidate(long candidateId, long checkId) {
        ReferenceCheck check = ReferenceCheck.findOfCandidate(checkId, candidateId).orElseThrow(NotFoundException::new);
        Referee.loadAnswers(List.of(check));
        texts.open(List.of(check));
        return check;
    }

    /** The candidate's check, locked: a double click on a form is handled once, the second sees the first's result. */
    private ReferenceCheck lockedOfCandidate(long candidateId, long checkId) {
        ReferenceCheck check = ofCandidate(candidateId, checkId);
        ReferenceCheck.getEntityManager().refresh(check, LockModeType.PESSIMISTIC_WRITE);
        texts.open(List.of(check));
        return check;
    }

    /** The candidate names referees, each with a consent record that proves what was agreed, when and how. */
    @Transactional
    public void name(long candidateId, long checkId, RefereesForm form) {
        ReferenceCheck check = lockedOfCandidate(candidateId, checkId);
        requireRequested(check);
        Instant now = Instant.now(clock);
        int position = 0;
        for (RefereeInput input : form.named()) {
            Referee referee = new Referee();
            referee.check = check;
            referee.position = ++position;
            texts.name(referee, input.fullName(), input.email(), input.phone().isBlank() ? null : input.phone(), input.company(),
                    input.period());
            referee.relationship = RefereesForm.relationship(input);
            referee.status = RefereeStatus.NAMED;
            referee.persist();
            check.referees.add(referee);
            recordConsent(referee, now);
        }
        check.status = ReferenceCheckStatus.NAMED;
        check.answeredAt = now;
        audit.record(AuditAction.REFERENCES_NAMED, AuditLog.REFERENCE_CHECK, check.id);
    }

    /** The proof of the candidate's consent to contact this referee: which statement, when, through which form. */
    public static ConsentRecord recordConsent(Referee referee, Instant givenAt) {
        ConsentRecord consent = new ConsentRecord();
        consent.candidate = referee.check.candidate;
        consent.purpose = ConsentRecord.Purpose.REFERENCE_CHECK;
        consent.refereeId = referee.id;
        consent.textVersion = CONSENT_TEXT_VERSION;
        consent.channel = ConsentRecord.Channel.REFERENCE_FORM;
        consent.givenAt = givenAt;
        consent.persist();
        return consent;
    }

    /** The candidate prefers not to name referees: recorded, and the application stays where it is. */
    @Transactional
    public void refuse(long candidateId, long checkId) {
        ReferenceCheck check = lockedOfCandidate(candidateId, checkId);
        requireRequested(check);
        check.status = ReferenceCheckStatus.REFUSED;
        check.answeredAt = Instant.now(clock);
        audit.record(AuditAction.REFERENCES_REFUSED, AuditLog.REFERENCE_CHECK, check.id);
    }

    /**
     * The candidate withdraws consent for one referee, or for all with {@code refereeId} null: the consent records
     * get their end, questionnaire links stop working, mails not yet sent are called off and answers are deleted.
     */
    @Transactional
    public void withdraw(long candidateId, long checkId, Long refereeId) {
        ReferenceCheck check = lockedOfCandidate(candidateId, checkId);
        if (check.status != ReferenceCheckStatus.NAMED && check.status != ReferenceCheckStatus.REQUESTED) {
            throw new RuleViolation("not-open", "Reference check " + checkId + " cannot be withdrawn");
        }
        Instant now = Instant.now(clock);
        List<Referee> affected = check.referees.stream().filter(referee -> refereeId == null || referee.id.equals(refereeId)).toList();
        if (refereeId != null && affected.isEmpty()) {
            throw new NotFoundException();
        }
        for (Referee referee : affected) {
            // Locked and re-read: an invitation, reminder or answer committed meanwhile is taken along, not left behind.
            Referee.getEntityManager().refresh(referee, LockModeType.PESSIMISTIC_WRITE);
            texts.openReferees(List.of(referee));
            if (referee.status == RefereeStatus.CANCELLED) {
                continue;
            }
            ConsentRecord.listStandingForReferee(referee.id).forEach(consent -> consent.withdrawnAt = now);
            referee.forgetAnswers();
            referee.status = RefereeStatus.CANCELLED;
            callOffMails(referee);
        }
        if (check.referees.stream().allMatch(referee -> referee.status == RefereeStatus.CANCELLED)) {
            check.status = ReferenceCheckStatus.WITHDRAWN;
            check.withdrawnAt = now;
            texts.response(check, null);
        }
        audit.record(AuditAction.REFERENCE_CONSENT_WITHDRAWN, AuditLog.REFERENCE_CHECK, check.id);
        ReferenceCheck.flush();
    }

    /** The candidate's own response to what the referees said. */
    @Transactional
    public void respond(long candidateId, long checkId, String response) {
        ReferenceCheck check = ofCandidate(candidateId, checkId);
        if (!check.hasFindings()) {
            throw new RuleViolation("no-findings", "Reference check " + checkId + " has no answers to respond to");
        }
        texts.response(check, response.strip());
        check.respondedAt = Instant.now(clock);
        // A discussion recorded meanwhile is a conflict to show, not an error at commit.
        ReferenceCheck.flush();
    }

    /** An application ended: referees not yet answering are not asked any more. */
    void onApplicationEnded(@Observes ApplicationEnded ended) {
        List<Referee> invited = Referee.listInvitedFor(ended.applicationId());
        texts.openReferees(invited);
        invited.forEach(referee -> {
                    referee.status = RefereeStatus.CANCELLED;
                    callOffMails(referee);
                });
    }

    /**
     * Calls off the referee's mails not yet sent, unless the same address is still expected to answer for another of the
     * candidate's checks (the outbox knows the address, not the referee).
     */
    private void callOffMails(Referee referee) {
        long candidateId = referee.check.candidate.id;
        boolean askedElsewhere = texts.isInvitedElsewhere(candidateId, referee.email, referee.id);
        if (!askedElsewhere) {
            outbox.callOff(candidateId, referee.email, ReferenceMails.INVITATION);
            outbox.callOff(candidateId, referee.email, ReferenceMails.REMINDER);
        }
    }

    /** The candidate can still answer: nobody answered yet and the procedure runs. */
    private static void requireRequested(ReferenceCheck check) {
        if (check.status != ReferenceCheckStatus.REQUESTED) {
            throw new RuleViolation("answered", "Reference check " + check.id + " was answered already");
        }
        if (check.application.status.isEnded()) {
            throw new RuleViolation("ended", "Application " + check.application.id + " has ended");
        }
    }

    /** An application the current user may see, still tied to a person. */
    private Application application(long applicationId) {
        return pipeline.withCandidate(applicationId);
    }
}
