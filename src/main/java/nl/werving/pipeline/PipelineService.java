package nl.werving.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.TemplateEnum;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.Outbox;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;

/**
 * Applications moving through a vacancy's stages: intake, the board, moves, rejection, hiring and
 * withdrawal. Every step is checked against the vacancy's access rules and written to the audit log in
 * the same transaction.
 */
@ApplicationScoped
public class PipelineService {

    /** When a rejection mail leaves: at once, or after a night's sleep on it. */
    @TemplateEnum
    public enum MailTiming {
        NOW(Duration.ZERO), TOMORROW(Duration.ofDays(1)), IN_TWO_DAYS(Duration.ofDays(2));

        final Duration delay;

        MailTiming(Duration delay) {
            this.delay = delay;
        }
    }

    /** What a bulk action did: done, and skipped because the application had ended or moved on. */
    public record BulkResult(int done, int skipped, List<Long> rejectedIds) {
        BulkResult(int done, int skipped) {
            this(done, skipped, List.of());
        }
    }

    private final Clock clock;
    private final StageService stages;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final RejectionMails rejectionMails;
    private final Outbox outbox;
    private final AssessmentSummaries summaries;
    private final Event<ApplicationEnded> ended;
    private final Event<StageEntered> entered;
    private final PendingActions pending;

    public PipelineService(Clock clock, StageService stages, VacancyService vacancies, CandidateService candidates,
            CurrentUser currentUser, AuditLog audit, RejectionMails rejectionMails, Outbox outbox, AssessmentSummaries summaries,
            Event<ApplicationEnded> ended, Event<StageEntered> entered, PendingActions pending) {
        this.clock = clock;
        this.stages = stages;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.currentUser = currentUser;
        this.audit = audit;
        this.rejectionMails = rejectionMails;
        this.outbox = outbox;
        this.summaries = summaries;
        this.ended = ended;
        this.entered = entered;
        this.pending = pending;
    }

    public boolean hasApplied(Candidate candidate, Vacancy vacancy) {
        return Application.exists(vacancy.id, candidate.id);
    }

    /** A new application in the vacancy's first stage. */
    @Transactional(TxType.MANDATORY)
    public Application open(Vacancy vacancy, Candidate candidate, SourceChannel source, String sourceTag) {
        Application application = new Application();
        application.vacancy = Vacancy.getEntityManager().getReference(Vacancy.class, vacancy.id);
        application.candidate = candidate;
        application.stage = Stage.getEntityManager().getReference(Stage.class, stages.firstStageId(vacancy.id));
        application.furthestStage = application.stage;
        application.status = ApplicationStatus.ACTIVE;
        application.source = source;
        application.sourceTag = sourceTag;
        application.appliedAt = Instant.now(clock);
        application.stageEnteredAt = application.appliedAt;
        application.persist();
        entered.fire(new StageEntered(application.id, application.stage.id, application.stageEnteredAt, true));
        return application;
    }

    /** A candidate's applications for their status page, titled in the page's language where the vacancy has it. */
    public List<CandidateApplication> applicationsOf(long candidateId, Locale locale) {
        return Application.listForCandidate(candidateId, Language.of(locale));
    }

    /**
     * The board of a vacancy the current user may see; the number of queries does not depend on its size. Only the names
     * of the cards the columns show are opened, and with a search the candidates it found, to confirm them (at most
     * {@code CandidateContacts.CONFIRMED_MAX}): each costs a key unwrap and a decryption.
     */
    public Board board(long vacancyId, BoardFilter filter) {
        Vacancy vacancy = vacancies.get(vacancyId);
        List<Stage> columns = Stage.listForVacancy(vacancyId);
        Map<Long, List<BoardCard>> byStage = new LinkedHashMap<>();
        columns.forEach(stage -> byStage.put(stage.id, new ArrayList<>()));
        shownCards(vacancyId, filter)
                .forEach(card -> byStage.computeIfAbsent(card.stageId(), id -> new ArrayList<>()).add(card));
        Map<Long, AssessmentSummary> scored = summaries.ofVacancy(vacancyId);
        Map<Long, Integer> waiting = pending.ofVacancy(vacancyId);
        Map<Long, List<BoardCard>> shown = new LinkedHashMap<>();
        for (Stage stage : columns) {
            List<BoardCard> cards = byStage.get(stage.id);
            int limit = filter.stage != null && filter.stage.equals(stage.id) ? cards.size() : Board.Column.CARDS_SHOWN;
            shown.put(stage.id, cards.stream().limit(limit).toList());
        }
        Map<Long, String> names = Candidate.namesOf(shown.values().stream().flatMap(List::stream).map(BoardCard::candidateId).toList());
        List<Board.Column> result = new ArrayList<>();
        long active = 0;
        for (Stage stage : columns) {
            active += byStage.get(stage.id).size();
            result.add(new Board.Column(stage, byStage.get(stage.id).size(), shown.get(stage.id).stream()
                    .map(card -> card.withName(names.get(card.candidateId())).withSummary(scored.get(card.applicationId()))
                            .withPendingActions(waiting.get(card.applicationId()))).toList()));
        }
        return new Board(vacancy, result, Application.countOutcomes(vacancyId), active, filter);
    }

    /**
     * The active cards the board's filter shows; a search's hits are confirmed on the candidates' details, as the tokens
     * that found them are shared with other words.
     */
    private static List<BoardCard> shownCards(long vacancyId, BoardFilter filter) {
        List<BoardCard> cards = Application.listBoardCards(vacancyId, filter);
        if (filter.q == null || filter.q.isBlank()) {
            return cards;
        }
        List<Long> found = cards.stream().map(BoardCard::candidateId).distinct().toList();
        Set<Long> confirmed = Set.copyOf(Candidate.confirmedMatches(found, filter.q));
        return cards.stream().filter(card -> confirmed.contains(card.candidateId())).toList();
    }

    /**
     * What the board redraws after a drag, without loading the board: the card as it is now (none once it has
     * ended), the stages for its menu, and the counts of the columns the move touched and of the card's own, of the cards
     * the board's filter shows.
     */
    public MovedCard movedCard(long applicationId, Collection<Long> touchedStageIds, BoardFilter filter) {
        long vacancyId = get(applicationId).vacancy.id;
        Optional<BoardCard> card = Application.findBoardCard(applicationId)
                .map(found -> found.withName(Candidate.namesOf(List.of(found.candidateId())).get(found.candidateId()))
                        .withSummary(summaries.of(List.of(applicationId)).get(applicationId))
                        .withPendingActions(pending.of(List.of(applicationId)).get(applicationId)));
        List<Stage> stages = Stage.listForVacancy(vacancyId);
        Set<Long> counted = new HashSet<>(touchedStageIds);
        card.ifPresent(found -> counted.add(found.stageId()));
        counted.retainAll(stages.stream().map(stage -> stage.id).toList());
        return new MovedCard(card.orElse(null), stages, filter.isActive() ? countShown(vacancyId, counted, filter)
                : Application.countActiveByStage(vacancyId, counted));
    }

    /** The cards a filtered board shows in each of these stages, counted as {@link #board} counts them. */
    private static Map<Long, Long> countShown(long vacancyId, Collection<Long> stageIds, BoardFilter filter) {
        Map<Long, Long> counts = new HashMap<>();
        stageIds.forEach(stageId -> counts.put(stageId, 0L));
        shownCards(vacancyId, filter).stream().filter(card -> counts.containsKey(card.stageId()))
                .forEach(card -> counts.merge(card.stageId(), 1L, Long::sum));
        return counts;
    }

    /** Applications of a vacancy that ended with this outcome, newest first. */
    public List<EndedApplication> ended(long vacancyId, ApplicationStatus outcome) {
        vacancies.get(vacancyId);
        return Application.listEnded(vacancyId, outcome);
    }

    /**
     * Moves an application to another stage of its vacancy. {@code expectedVersion} is the version the
     * user saw: a colleague's move in between is a conflict, never overwritten.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Application move(long applicationId, long toStageId, Long expectedVersion, String note) {
        Application application = editable(applicationId);
        ConcurrentEdits.requireVersion(application.version, expectedVersion);
        moveTo(application, toStageId, note);
        Application.flush();
        return application;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Application reject(long applicationId, Long expectedVersion, long reasonId, String personalLine, MailTiming timing) {
        Application application = editable(applicationId);
        ConcurrentEdits.requireVersion(application.version, expectedVersion);
        rejectNow(application, reason(reasonId), personalLine, timing);
        Application.flush();
        return application;
    }

    /** Hires the candidate: the application ends in the vacancy's hired stage. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Application hire(long applicationId, Long expectedVersion) {
        Application application = editable(applicationId);
        ConcurrentEdits.requireVersion(application.version, expectedVersion);
        Stage.findHiredOf(application.vacancy.id)
                .filter(hired -> !hired.id.equals(application.stage.id))
                .ifPresent(hired -> moveTo(application, hired.id, null));
        end(application, ApplicationStatus.HIRED);
        audit.record(AuditAction.APPLICATION_HIRED, AuditLog.APPLICATION, application.id);
        Application.flush();
        return application;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public BulkResult moveAll(long vacancyId, List<Long> applicationIds, long toStageId) {
        int done = 0;
        for (Application application : selected(vacancyId, applicationIds)) {
            if (application.status.isEnded() || application.stage.id.equals(toStageId)) {
                continue;
            }
            moveTo(application, toStageId, null);
            done++;
        }
        return new BulkResult(done, applicationIds.size() - done);
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public BulkResult rejectAll(long vacancyId, List<Long> applicationIds, long reasonId, MailTiming timing) {
        RejectionReason reason = reason(reasonId);
        List<Long> rejected = new ArrayList<>();
        for (Application application : selected(vacancyId, applicationIds)) {
            if (!application.status.isEnded()) {
                rejectNow(application, reason, null, timing);
                rejected.add(application.id);
            }
        }
        return new BulkResult(rejected.size(), applicationIds.size() - rejected.size(), rejected);
    }

    /** The ticked active applications of a vacancy, for the confirmation before a bulk action. */
    public List<BulkSelection> selection(long vacancyId, List<Long> applicationIds) {
        vacancies.get(vacancyId);
        return Application.listSelection(vacancyId, applicationIds);
    }

    /**
     * Takes back rejections whose mail has not left: the mail is called off and the application is active again in the
     * stage it was in. Once the mail is sent (or the rejection queued none, as for a purged candidate) it stays rejected.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public List<UndoneRejection> undoRejections(long vacancyId, List<Long> applicationIds) {
        List<UndoneRejection> result = new ArrayList<>();
        List<Application> selected = selected(vacancyId, applicationIds);
        Candidate.openAll(selected.stream().map(application -> application.candidate).filter(Objects::nonNull).toList());
        for (Application application : selected) {
            if (application.status != ApplicationStatus.REJECTED) {
                continue;
            }
            String name = application.candidate == null ? null : application.candidate.fullName();
            boolean restorable = application.candidate != null && application.rejectionMailId != null
                    && outbox.callOff(application.rejectionMailId);
            if (restorable) {
                application.status = ApplicationStatus.ACTIVE;
                application.endedAt = null;
                application.rejectionReason = null;
                application.rejectionMailId = null;
                application.knockoutRuleId = null;
                application.knockoutRuleVersion = null;
                application.unmetRuleIds.clear();
                audit.record(AuditAction.APPLICATION_REJECTION_UNDONE, AuditLog.APPLICATION, application.id);
            }
            result.add(new UndoneRejection(application.id, name, restorable));
        }
        return result;
    }

    /**
     * Knock-out rules decided the application on the candidate's own answers: it ends as rejected ("does not meet the
     * requirements") with the rules it failed (the first decided) and their version recorded, and the kind mail waits
     * until {@code sendAt}, so a recruiter can still undo it.
     */
    @Transactional(TxType.MANDATORY)
    public void knockOut(Application application, List<Long> ruleIds, int ruleVersion, Outbox.Mail mail, Instant sendAt) {
        long ruleId = ruleIds.get(0);
        application.knockoutRuleId = ruleId;
        application.knockoutRuleVersion = ruleVersion;
        application.unmetRuleIds.addAll(ruleIds);
        application.rejectionReason = RejectionReason.findById(RejectionReason.KNOCKOUT);
        end(application, ApplicationStatus.REJECTED);
        application.rejectionMailId = outbox.enqueue(mail, sendAt).id;
        audit.record(AuditAction.APPLICATION_REJECTED, AuditLog.APPLICATION, application.id,
                "knock-out rule " + ruleId + " version " + ruleVersion);
    }

    /**
     * The candidate asks a person to review a knock-out (GDPR art. 22): the application is running again in its stage
     * for a recruiter to decide, and the rejection mail, if it has not left, is called off. Once only.
     */
    @Transactional
    public Application requestReview(long applicationId, long candidateId) {
        Application application = Application.<Application> findByIdOptional(applicationId)
                .filter(found -> found.candidate != null && found.candidate.id.equals(candidateId))
                .orElseThrow(NotFoundException::new);
        if (application.knockoutRuleId == null || application.reviewRequestedAt != null
                || application.status != ApplicationStatus.REJECTED) {
            throw new RuleViolation("review-not-possible", "Application " + applicationId + " has no knock-out to review");
        }
        if (application.rejectionMailId != null) {
            outbox.callOff(application.rejectionMailId);
        }
        application.status = ApplicationStatus.ACTIVE;
        application.endedAt = null;
        application.rejectionReason = null;
        application.rejectionMailId = null;
        application.reviewRequestedAt = Instant.now(clock);
        application.stageEnteredAt = application.reviewRequestedAt;
        audit.record(AuditAction.APPLICATION_REJECTION_UNDONE, AuditLog.APPLICATION, application.id, "review requested");
        // Running again in its stage, as if it had just entered it: what the stage does by itself is planned now.
        entered.fire(new StageEntered(application.id, application.stage.id, application.stageEnteredAt, false));
        return application;
    }

    /** The candidate ends their own application; the retention period starts now. */
    @Transactional
    public void withdraw(long applicationId, long candidateId) {
        Application application = Application.<Application> findByIdOptional(applicationId)
                .filter(found -> found.candidate != null && found.candidate.id.equals(candidateId))
                .orElseThrow(NotFoundException::new);
        if (application.status.isEnded()) {
            throw new RuleViolation("already-ended", "The application has already ended");
        }
        end(application, ApplicationStatus.WITHDRAWN);
    }

    public Vacancy vacancy(long vacancyId) {
        return vacancies.get(vacancyId);
    }

    /** The name of a stage of this vacancy, for a confirmation; a stage of another vacancy is refused. */
    public String stageName(long vacancyId, long stageId) {
        return Stage.<Stage> findByIdOptional(stageId).filter(stage -> stage.vacancy.id.equals(vacancyId)).map(stage -> stage.name)
                .orElseThrow(() -> new RuleViolation("stage-invalid", "Stage " + stageId + " is not of this vacancy"));
    }

    public String rejectionReasonLabel(long reasonId, java.util.Locale locale) {
        return reason(reasonId).label.in(locale);
    }

    public List<RejectionReason> rejectionReasons() {
        return RejectionReason.listActive();
    }

    /** An application the current user may change: visible, and still in the procedure. */
    public Application get(long applicationId) {
        Application application = Application.<Application> findByIdOptional(applicationId).orElseThrow(NotFoundException::new);
        vacancies.get(application.vacancy.id);
        return application;
    }

    /**
     * An application the current user may see, with its vacancy, stage and candidate for a page; 404 once the candidate
     * has been purged, since what such pages show is about the person.
     */
    public Application withCandidate(long applicationId) {
        get(applicationId);
        return Application.findWithCandidate(applicationId).filter(found -> found.candidate != null).orElseThrow(NotFoundException::new);
    }

    private Application editable(long applicationId) {
        Application application = get(applicationId);
        if (application.status.isEnded()) {
            throw new RuleViolation("ended", "Application " + applicationId + " has ended");
        }
        return application;
    }

    private void moveTo(Application application, long toStageId, String note) {
        Stage target = Stage.<Stage> findByIdOptional(toStageId)
                .filter(stage -> stage.vacancy.id.equals(application.vacancy.id))
                .orElseThrow(() -> new RuleViolation("stage-invalid", "Stage " + toStageId + " is not of this vacancy"));
        StageMove move = new StageMove();
        move.application = application;
        move.fromStageId = application.stage.id;
        move.toStageId = target.id;
        move.actorId = currentUser.getId();
        move.movedAt = Instant.now(clock);
        move.enteredAt = application.stageEnteredAt;
        move.persist();
        application.enter(target, move.movedAt);
        entered.fire(new StageEntered(application.id, target.id, move.movedAt, false));
        if (note != null && !note.isBlank() && application.candidate != null) {
            candidates.addNote(application.candidate, application.id, move.id, currentUser.getId(), note);
        }
        audit.record(AuditAction.APPLICATION_MOVED, AuditLog.APPLICATION, application.id, "stage " + move.fromStageId + " -> " + target.id);
    }

    private void rejectNow(Application application, RejectionReason reason, String personalLine, MailTiming timing) {
        application.rejectionReason = reason;
        end(application, ApplicationStatus.REJECTED);
        if (application.candidate != null) {
            application.rejectionMailId = outbox.enqueue(rejectionMails.rejected(application.candidate, application.vacancy,
                    personalLine), application.endedAt.plus(timing.delay)).id;
        }
        audit.record(AuditAction.APPLICATION_REJECTED, AuditLog.APPLICATION, application.id, "reason " + reason.id);
    }

    /** The procedure ends for this application: the retention term starts now, and planned interviews are called off. */
    private void end(Application application, ApplicationStatus outcome) {
        application.status = outcome;
        application.endedAt = Instant.now(clock);
        ended.fire(new ApplicationEnded(application.id, outcome));
    }

    private static RejectionReason reason(long reasonId) {
        return RejectionReason.<RejectionReason> findByIdOptional(reasonId).filter(reason -> reason.active)
                .orElseThrow(() -> new RuleViolation("reason-invalid", "Unknown rejection reason " + reasonId));
    }

    /** The chosen applications of one vacancy the user may see, in one query. */
    private List<Application> selected(long vacancyId, List<Long> applicationIds) {
        vacancies.get(vacancyId);
        return Application.listOfVacancy(vacancyId, applicationIds);
    }
}
