package nl.werving.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.interview.CalendarInvite.Attendee;
import nl.werving.interview.CalendarInvite.Method;
import nl.werving.mail.MailTemplates;
import nl.werving.mail.MailTemplates.Bodies;
import nl.werving.mail.Outbox;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.WervingConfig;

/**
 * Invitations to an interview, with the calendar event attached. The candidate's states the salary range; the
 * interviewers' carry no name of the candidate in subject or event, because calendars keep entries long after
 * Werving has purged the candidate.
 */
@ApplicationScoped
public class InterviewMails {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance candidateInvitation(String name, Vacancy vacancy, Interview interview, boolean cancelled,
                String company);

        static native TemplateInstance interviewerInvitation(Vacancy vacancy, Interview interview, boolean cancelled,
                String scorecardUrl, List<MailQuestion> questions, String company);

        static native TemplateInstance scorecardReminder(String name, Vacancy vacancy, Interview interview, String scorecardUrl,
                String company);
    }

    /** A question the interview asks, in the reader's language, with the competency it probes. */
    public record MailQuestion(String competency, String text) {
    }

    private final WervingConfig config;
    private final Clock clock;
    private final String from;

    public InterviewMails(WervingConfig config, Clock clock, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.config = config;
        this.clock = clock;
        this.from = from;
    }

    /** Every invitation (or cancellation) of the interview in its current state. */
    List<Outbox.Mail> invitations(Interview interview, AppUser organizer) {
        Candidate candidate = interview.application.candidate;
        Vacancy vacancy = interview.application.vacancy;
        boolean cancelled = interview.status == InterviewStatus.CANCELLED;
        Method method = cancelled ? Method.CANCEL : Method.REQUEST;
        // Colleagues without an address see the interview in Werving only.
        List<AppUser> reachable = interview.interviewers.stream().filter(AppUser::hasEmail).toList();
        List<Attendee> everyone = new ArrayList<>();
        everyone.add(new Attendee(candidate.fullName(), candidate.email()));
        reachable.forEach(user -> everyone.add(new Attendee(user.displayName, user.email)));
        String kind = cancelled ? "interview-cancelled" : "interview-invitation";
        List<Outbox.Mail> mails = new ArrayList<>();

        Locale candidateLocale = candidate.preferredLocale();
        InterviewMessages toCandidate = messages(candidateLocale);
        String candidateSummary = toCandidate.calendarCandidateSummary(vacancy.title, config.companyName());
        CalendarInvite candidateEvent = invite(interview, method, candidateSummary, toCandidate.calendarCandidateDescription(),
                organizer, everyone);
        Bodies candidateBodies = MailTemplates.render(() -> Templates.candidateInvitation(candidate.fullName(), vacancy, interview,
                cancelled, config.companyName()), candidateLocale);
        mails.add(new Outbox.Mail(kind, candidate.email(),
                cancelled ? toCandidate.mailCancelledSubject(vacancy.title) : toCandidate.mailInvitationSubject(vacancy.title),
                candidateBodies.html(), candidateBodies.text(), candidate.id, candidateEvent.toIcs(), method.name()));

        mails.addAll(toStaff(interview, reachable, cancelled, organizer));
        return mails;
    }

    /** The invitation again, to every colleague on the panel who has an address: a reminder that the interview stands. */
    List<Outbox.Mail> interviewerReminders(Interview interview, AppUser organizer) {
        return toStaff(interview, interview.interviewers.stream().filter(AppUser::hasEmail).toList(), false, organizer);
    }

    /** A cancellation for interviewers taken off the panel: the same event, gone from their calendar. */
    List<Outbox.Mail> cancellations(Interview interview, List<AppUser> dropped, AppUser organizer) {
        List<AppUser> reachable = dropped.stream().filter(AppUser::hasEmail).toList();
        return toStaff(interview, reachable, true, organizer);
    }

    /**
     * Each colleague in their own language. The event names the vacancy and the application number, never the person, so
     * these mails hold nothing of the candidate: they are not part of the aggregate and a cancellation still reaches the
     * panel after the candidate has been erased.
     */
    private List<Outbox.Mail> toStaff(Interview interview, List<AppUser> recipients, boolean cancelled, AppUser organizer) {
        Vacancy vacancy = interview.application.vacancy;
        Method method = cancelled ? Method.CANCEL : Method.REQUEST;
        String scorecardUrl = scorecardUrl(interview);
        List<Attendee> attendees = recipients.stream().map(user -> new Attendee(user.displayName, user.email)).toList();
        String kind = cancelled ? "interview-cancelled" : "interview-invitation";
        Map<Locale, Outbox.Mail> byLanguage = new HashMap<>();
        List<Outbox.Mail> mails = new ArrayList<>();
        for (AppUser user : recipients) {
            Outbox.Mail mail = byLanguage.computeIfAbsent(user.mailLocale(), locale -> {
                InterviewMessages toStaff = messages(locale);
                CalendarInvite staffEvent = invite(interview, method, toStaff.calendarInterviewerSummary(vacancy.title,
                        interview.application.id), toStaff.calendarInterviewerDescription(scorecardUrl), organizer, attendees);
                List<MailQuestion> questions = cancelled ? List.of() : questions(interview, locale.getLanguage());
                Bodies staffBodies = MailTemplates.render(() -> Templates.interviewerInvitation(vacancy, interview, cancelled,
                        scorecardUrl, questions, config.companyName()), locale);
                String subject = cancelled ? toStaff.mailCancelledSubject(vacancy.title) : toStaff.mailInterviewerSubject(vacancy.title);
                return new Outbox.Mail(kind, null, subject, staffBodies.html(), staffBodies.text(), null, staffEvent.toIcs(),
                        method.name());
            });
            mails.add(new Outbox.Mail(kind, user.email, mail.subject(), mail.html(), mail.text(), null, mail.calendar(),
                    mail.calendarMethod()));
        }
        return mails;
    }

    /**
     * The one reminder to an interviewer whose scorecard is still open a day after the interview, in their language. Like
     * the invitation it names the vacancy and the application number, not the candidate.
     */
    Outbox.Mail reminder(Interview interview, AppUser interviewer) {
        Locale locale = interviewer.mailLocale();
        Vacancy vacancy = interview.application.vacancy;
        String scorecardUrl = scorecardUrl(interview);
        Bodies bodies = MailTemplates.render(() -> Templates.scorecardReminder(interviewer.displayName, vacancy, interview,
                scorecardUrl, config.companyName()), locale);
        return new Outbox.Mail("scorecard-reminder", interviewer.email, messages(locale).mailReminderSubject(vacancy.title),
                bodies.html(), bodies.text(), null);
    }

    private String scorecardUrl(Interview interview) {
        return config.baseUrl() + "/app/interviews/" + interview.id + "/scorecard";
    }

    /** The interview's chosen questions in kit order; none listed for an interview that uses the whole kit. */
    private static List<MailQuestion> questions(Interview interview, String language) {
        if (interview.questionIds.isEmpty()) {
            return List.of();
        }
        List<InterviewQuestion> chosen = InterviewQuestion.withCompetency(interview.questionIds);
        return ChosenCompetency.of(Competency.kit(interview.application.vacancy.id), chosen)
                .stream().flatMap(c -> c.questions().stream().map(q -> new MailQuestion(c.name().in(language), q.text.in(language))))
                .toList();
    }

    private CalendarInvite invite(Interview interview, Method method, String summary, String description, AppUser organizer,
            List<Attendee> attendees) {
        boolean hasAddress = organizer.email != null && !organizer.email.isBlank();
        return new CalendarInvite(interview.calendarUid, interview.calendarSequence, method, interview.startsAt,
                Duration.ofMinutes(interview.durationMinutes), summary, description, interview.location, interview.videoUrl,
                hasAddress ? organizer.displayName : config.companyName(), hasAddress ? organizer.email : senderAddress(), attendees,
                Instant.now(clock));
    }

    /** The address of {@code quarkus.mailer.from}, e.g. {@code no-reply@…} from {@code Werving <no-reply@…>}. */
    private String senderAddress() {
        Matcher bracketed = Pattern.compile("<([^>]+)>").matcher(from);
        return bracketed.find() ? bracketed.group(1) : from.strip();
    }

    private static InterviewMessages messages(Locale locale) {
        return MessageBundles.get(InterviewMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
