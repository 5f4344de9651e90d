package nl.werving.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationEnded;
import nl.werving.pipeline.PipelineService;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.Formats;
import nl.werving.web.RuleViolation;

/**
 * Interviews on applications and the kit they use. Recruiters plan, move and cancel interviews; every change
 * sends the calendar update to the candidate and the interviewers through the outbox, in the same transaction.
 */
@ApplicationScoped
public class Interviews {

    private final CurrentUser currentUser;
    private final PipelineService pipeline;
    private final InterviewMails mails;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public Interviews(CurrentUser currentUser, PipelineService pipeline, InterviewMails mails, Outbox outbox, AuditLog audit,
            Clock clock) {
        this.currentUser = currentUser;
        this.pipeline = pipeline;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The vacancy's kit, copied from the default the first time the vacancy needs one. */
    @Transactional
    public List<Competency> kit(long vacancyId) {
        List<Competency> kit = Competency.kit(vacancyId);
        if (!kit.isEmpty()) {
            return kit;
        }
        // Two first visits at once: the second waits here and then finds the copy.
        Vacancy.findById(vacancyId, LockModeType.PESSIMISTIC_WRITE);
        kit = Competency.kit(vacancyId);
        if (!kit.isEmpty()) {
            return kit;
        }
        List<Competency> copies = new ArrayList<>();
        for (Competency template : Competency.kit(null)) {
            Competency copy = template.copyFor(vacancyId);
            copy.persist();
            template.questions.forEach(question -> {
                InterviewQuestion copied = question.copyFor(copy);
                copied.persist();
                copy.questions.add(copied);
            });
            copies.add(copy);
        }
        return copies;
    }

    /**
     * The questions an interview asks, grouped by competency in kit order: its chosen ones, retired or not, or the
     * whole kit for an interview planned before interviews had their own questions.
     */
    public List<ChosenCompetency> chosen(Interview interview) {
        List<Competency> kit = kit(interview.application.vacancy.id);
        return ChosenCompetency.of(kit, InterviewQuestion.withCompetency(interview.questionIds));
    }

    /**
     * What the planning form offers: the kit's questions and, when changing an interview, the retired questions it
     * still asks, each competency's in kit order.
     */
    public List<ChosenCompetency> offered(long vacancyId, Interview interview) {
        List<Competency> kit = kit(vacancyId);
        List<InterviewQuestion> retired = interview == null ? List.of()
                : InterviewQuestion.withCompetency(interview.questionIds).stream().filter(q -> q.retired).toList();
        return kit.stream().map(c -> new ChosenCompetency(c, Stream.concat(c.questions.stream(),
                retired.stream().filter(q -> q.competency.id.equals(c.id))).sorted(Comparator.comparingInt(q -> q.sortOrder)).toList()))
                .toList();
    }

    /** The default questions for a kind of interview; a change keeps the questions that already have answers. */
    public List<Long> defaultQuestions(long vacancyId, InterviewKind kind, Interview interview) {
        List<Long> chosen = new ArrayList<>((kind == null ? InterviewKind.FINAL : kind).defaults(kit(vacancyId)));
        if (interview != null) {
            answered(interview.id).stream().filter(id -> !chosen.contains(id)).forEach(chosen::add);
        }
        return chosen;
    }

    /** Questions of the interview some scorecard holds a rating or notes for: they stay on the interview. */
    public Set<Long> answered(long interviewId) {
        return ScorecardRating.questionsAnswered(interviewId);
    }

    /** People who can interview: every active back-office user. */
    public List<AppUser> possibleInterviewers() {
        return AppUser.listActiveByName();
    }

    /**
     * An application the current user may look at for assessment: its vacancy is theirs to see, or they interview
     * the candidate.
     */
    public Application application(long applicationId) {
        Application application = Application.findWithCandidate(applicationId).filter(found -> found.candidate != null)
                .orElseThrow(NotFoundException::new);
        if (!isInterviewer(applicationId)) {
            pipeline.get(applicationId);
        }
        return application;
    }

    /** On the panel of an interview of the application that was not called off. */
    public boolean isInterviewer(long applicationId) {
        return Interview.hasScheduledInterviewer(applicationId, currentUser.getId());
    }

    public Interview get(long interviewId) {
        Interview interview = Interview.withApplication(interviewId).orElseThrow(NotFoundException::new);
        application(interview.application.id);
        return interview;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Interview schedule(long applicationId, InterviewForm form) {
        Application application = pipeline.get(applicationId);
        if (application.status.isEnded()) {
            throw new RuleViolation("ended", "Application " + applicationId + " has ended");
        }
        kit(application.vacancy.id);
        Interview interview = new Interview();
        interview.application = application;
        interview.status = InterviewStatus.SCHEDULED;
        interview.calendarUid = UUID.randomUUID() + "@werving";
        interview.calendarSequence = 0;
        interview.createdBy = currentUser.getId();
        interview.createdAt = Instant.now(clock);
        apply(interview, form);
        choose(interview, form, Set.of());
        interview.persist();
        send(interview);
        audit.record(AuditAction.INTERVIEW_SCHEDULED, AuditLog.INTERVIEW, interview.id);
        return interview;
    }

    /** A new time, place or panel: the same calendar event with a higher sequence number. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Interview reschedule(long interviewId, InterviewForm form) {
        Interview interview = changeable(interviewId, form.version);
        List<AppUser> dropped = interview.interviewers.stream().filter(user -> !form.interviewerIds.contains(user.id)).toList();
        if (!dropped.isEmpty() && Scorecard.anyBy(interviewId, dropped)) {
            throw new RuleViolation("interviewer-has-scorecard", "An interviewer with a scorecard stays on the interview");
        }
        apply(interview, form);
        choose(interview, form, answered(interviewId));
        interview.calendarSequence++;
        send(interview);
        if (!dropped.isEmpty()) {
            mails.cancellations(interview, dropped, organizer(interview)).forEach(outbox::enqueue);
        }
        audit.record(AuditAction.INTERVIEW_CHANGED, AuditLog.INTERVIEW, interview.id);
        return interview;
    }

    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public Interview cancel(long interviewId, Long version) {
        Interview interview = changeable(interviewId, version);
        if (Scorecard.anyFor(interviewId) || !interview.startsAt.isAfter(Instant.now(clock))) {
            throw new RuleViolation("interview-held", "Interview " + interviewId + " has taken place or has scorecards");
        }
        callOff(interview);
        audit.record(AuditAction.INTERVIEW_CANCELLED, AuditLog.INTERVIEW, interview.id);
        return interview;
    }

    /**
     * A stage automation reminds the panels of the application's interviews still to come: each colleague gets the
     * invitation again, in their own language, with the same calendar item. Returns the number of mails.
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = RuleViolation.class)
    public int remindInterviewers(long applicationId) {
        int sent = 0;
        for (Interview interview : Interview.listUpcoming(applicationId, Instant.now(clock))) {
            List<Outbox.Mail> reminders = mails.interviewerReminders(interview, organizer(interview));
            reminders.forEach(outbox::enqueue);
            sent += reminders.size();
        }
        return sent;
    }

    /** An application ended: its interviews still to come are cancelled in everyone's calendar. */
    void onApplicationEnded(@Observes ApplicationEnded ended) {
        Interview.listUpcoming(ended.applicationId(), Instant.now(clock)).forEach(this::callOff);
    }

    private void callOff(Interview interview) {
        interview.status = InterviewStatus.CANCELLED;
        interview.calendarSequence++;
        send(interview);
    }

    private Interview changeable(long interviewId, Long version) {
        Interview interview = Interview.<Interview> findByIdOptional(interviewId).orElseThrow(NotFoundException::new);
        pipeline.get(interview.application.id);
        ConcurrentEdits.requireVersion(interview.version, version);
        if (interview.application.status.isEnded()) {
            throw new RuleViolation("ended", "Application " + interview.application.id + " has ended");
        }
        if (interview.status == InterviewStatus.CANCELLED) {
            throw new RuleViolation("interview-cancelled", "Interview " + interviewId + " was cancelled");
        }
        return interview;
    }

    private void apply(Interview interview, InterviewForm form) {
        Instant startsAt = form.date.atTime(form.time).atZone(Formats.ZONE).toInstant();
        if (!startsAt.isAfter(Instant.now(clock))) {
            throw new RuleViolation("interview-in-past", "An interview is planned in the future");
        }
        if (blank(form.location) && blank(form.videoUrl)) {
            throw new RuleViolation("interview-place", "An interview needs a place or a video link");
        }
        List<AppUser> interviewers = AppUser.listActive(new HashSet<>(form.interviewerIds));
        if (interviewers.size() != new HashSet<>(form.interviewerIds).size()) {
            throw new RuleViolation("interviewer-invalid", "Every interviewer is an active user");
        }
        interview.startsAt = startsAt;
        interview.durationMinutes = form.durationMinutes;
        interview.location = blank(form.location) ? null : form.location.strip();
        interview.videoUrl = blank(form.videoUrl) ? null : form.videoUrl.strip();
        interview.interviewers.clear();
        interview.interviewers.addAll(interviewers);
    }

    /**
     * The kind and the 4–8 questions: from the vacancy's kit, or already on the interview (a retired question stays
     * where it was planned); questions with answers on a scorecard stay.
     */
    private void choose(Interview interview, InterviewForm form, Set<Long> answered) {
        Set<Long> ids = new LinkedHashSet<>(form.questionIds == null ? List.of() : form.questionIds);
        if (ids.size() < InterviewKind.FEWEST || ids.size() > InterviewKind.MOST) {
            throw new RuleViolation("interview-questions-count", "An interview asks 4 to 8 questions");
        }
        Set<Long> allowed = new HashSet<>(interview.questionIds);
        kit(interview.application.vacancy.id).forEach(c -> c.questions.forEach(q -> allowed.add(q.id)));
        if (!allowed.containsAll(ids)) {
            throw new RuleViolation("interview-question-invalid", "Questions come from the vacancy's kit");
        }
        if (!ids.containsAll(answered)) {
            throw new RuleViolation("interview-question-answered", "A question with answers stays on the interview");
        }
        interview.kind = form.kind;
        interview.questionIds.clear();
        InterviewQuestion.withCompetency(ids).stream()
                .sorted(Comparator.<InterviewQuestion> comparingInt(q -> q.competency.sortOrder).thenComparingInt(q -> q.sortOrder))
                .forEach(q -> interview.questionIds.add(q.id));
    }

    private void send(Interview interview) {
        mails.invitations(interview, organizer(interview)).forEach(outbox::enqueue);
    }

    /** Whoever planned the interview stays its organizer: calendars accept updates only from the organizer. */
    private static AppUser organizer(Interview interview) {
        return AppUser.findById(interview.createdBy);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
