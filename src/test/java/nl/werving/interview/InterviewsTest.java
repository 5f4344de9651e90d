package nl.werving.interview;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestInterviews.inDays;
import static nl.werving.support.TestInterviews.interviewForm;
import static nl.werving.support.TestInterviews.plan;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Sequence;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.RejectionReason;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** Planning, moving and cancelling interviews, and the calendar invitations that go with them. */
@QuarkusTest
class InterviewsTest {

    /** The mails of one interview's calendar event: to the candidate and to the panel. */
    static List<OutboxMail> mails(Interview interview, String kind) {
        // Calendars are sealed: the database cannot look into them.
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list("kind = ?1 order by id", kind)).stream()
                .filter(mail -> open(mail).calendar() != null && open(mail).calendar().contains(interview.calendarUid)).toList();
    }

    static VEvent event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent> getComponent(Component.VEVENT).orElseThrow();
    }

    static String method(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getProperty(Property.METHOD).orElseThrow().getValue();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    static Instant start(VEvent event) {
        Temporal date = event.<DateProperty<?>> getProperty(Property.DTSTART).orElseThrow().getDate();
        return Instant.from(date);
    }

    static int sequence(VEvent event) {
        return event.<Sequence> getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo();
    }

    @Test
    void planningInvitesCandidateAndInterviewersWithOneCalendarEventThatUpdatesAndCancels() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Noor Vermeulen").persist();
        AppUser first = TestUsers.hiringManager();
        AppUser second = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        Interview interview = plan(recruiter, application, List.of(first, second));

        List<OutboxMail> invitations = mails(interview, "interview-invitation");
        assertEquals(3, invitations.size());
        OutboxMail toCandidate = invitations.stream().filter(m -> open(m).to().equals(application.candidate.email())).findFirst().orElseThrow();
        assertTrue(open(toCandidate).text().contains("€\u00a02.600 – €\u00a03.100 bruto per maand"), "salary range in the invitation");
        assertTrue(open(toCandidate).text().contains("Kantoor Utrecht, zaal Dom"));
        VEvent candidateEvent = event(open(toCandidate).calendar());
        assertEquals("REQUEST", method(open(toCandidate).calendar()));
        assertEquals(interview.calendarUid, value(candidateEvent, Property.UID));
        assertEquals(0, sequence(candidateEvent));
        assertEquals(interview.startsAt, start(candidateEvent));
        assertEquals(inDays(3).atTime(10, 0).atZone(Formats.ZONE).toInstant(), interview.startsAt);

        for (AppUser interviewer : List.of(first, second)) {
            OutboxMail mail = invitations.stream().filter(m -> open(m).to().equals(interviewer.email)).findFirst().orElseThrow();
            VEvent event = event(open(mail).calendar());
            assertEquals(interview.calendarUid, value(event, Property.UID));
            assertFalse(open(mail).subject().contains("Noor") || value(event, Property.SUMMARY).contains("Noor")
                    || open(mail).calendar().contains("Vermeulen"), "the interviewer's calendar carries no candidate name");
            assertTrue(open(mail).html().contains("/app/interviews/" + interview.id + "/scorecard"));
        }

        recruiter.post("/app/interviews/" + interview.id, interviewForm(application, inDays(4), "14:30", "",
                "https://meet.example.org/abc-defg", List.of(first.id, second.id), interview.version)).then().statusCode(303);
        List<OutboxMail> updates = mails(interview, "interview-invitation");
        assertEquals(6, updates.size());
        VEvent updated = event(open(updates.stream().filter(m -> open(m).to().equals(application.candidate.email())).reduce((a, b) -> b)
                .orElseThrow()).calendar());
        assertEquals(interview.calendarUid, value(updated, Property.UID));
        assertEquals(1, sequence(updated));
        assertEquals(inDays(4).atTime(14, 30).atZone(Formats.ZONE).toInstant(), start(updated));
        assertEquals("https://meet.example.org/abc-defg", value(updated, Property.URL));

        long version = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).version);
        recruiter.post("/app/interviews/" + interview.id + "/cancel", Map.of("version", version)).then().statusCode(303);
        List<OutboxMail> cancellations = mails(interview, "interview-cancelled");
        assertEquals(3, cancellations.size());
        for (OutboxMail cancellation : cancellations) {
            assertEquals("CANCEL", method(open(cancellation).calendar()));
            VEvent cancelled = event(open(cancellation).calendar());
            assertEquals(interview.calendarUid, value(cancelled, Property.UID));
            assertEquals(2, sequence(cancelled));
            assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        }
        assertEquals(InterviewStatus.CANCELLED, QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).status));
        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("entityType = 'interview' and entityId = ?1 and action in ?2",
                interview.id, List.of(AuditAction.INTERVIEW_SCHEDULED, AuditAction.INTERVIEW_CHANGED, AuditAction.INTERVIEW_CANCELLED))));
    }

    @Test
    void theInvitationArrivesOverSmtpWithItsCalendarAttached() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        Interview interview = plan(WebSession.as(TestUsers.recruiter()), application, List.of(TestUsers.hiringManager()));

        MimeMessage message = SmtpServer.awaitMessagesTo(application.candidate.email(), 1, Duration.ofSeconds(30)).get(0);
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String calendar = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertTrue(part.getContentType().contains("method=REQUEST"), part.getContentType());
                calendar = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertTrue(calendar != null, "an invite.ics attachment");
        assertEquals(interview.calendarUid, value(event(calendar), Property.UID));
    }

    @Test
    void planningMistakesAreAnsweredNextToTheFieldsAndNothingIsSent() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        AppUser panel = TestUsers.hiringManager();
        long interviewer = panel.id;
        String path = "/app/assessments/" + application.id + "/interviews";

        recruiter.post(path, interviewForm(application, inDays(-1), "10:00", "Zaal 1", "", List.of(interviewer), null)).then()
                .statusCode(400)
                .body(containsString("Kies een moment in de toekomst."));
        recruiter.post(path, interviewForm(application, inDays(2), "10:00", "", "", List.of(interviewer), null)).then().statusCode(400)
                .body(containsString("Vul een locatie of een videolink in."));
        recruiter.post(path, interviewForm(application, inDays(2), "10:00", "Zaal 1", "http://niet-veilig.example.org",
                List.of(interviewer), null))
                .then().statusCode(400).body(containsString("Een videolink begint met https://"));
        recruiter.post(path, interviewForm(application, inDays(2), "10:00", "Zaal 1", "", List.of(), null)).then().statusCode(400)
                .body(containsString("Kies minstens één interviewer."));
        recruiter.post(path, interviewForm(application, null, "10:00", "Zaal 1", "", List.of(interviewer), null)).then().statusCode(400)
                .body(containsString("Kies een datum."));

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Interview.count("application.id", application.id)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count(
                "kind like 'interview%' and (candidateId = ?1 or recipientKey = ?2)", application.candidate.id, OutboxMail.keyOf(panel.email))));
    }

    @Test
    void aStaleRescheduleIsAConflictAndChangesNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        AppUser interviewer = TestUsers.hiringManager();
        Interview interview = plan(recruiter, application, List.of(interviewer));

        recruiter.post("/app/interviews/" + interview.id, interviewForm(application, inDays(5), "09:00", "Zaal 2", "",
                List.of(interviewer.id), interview.version)).then().statusCode(303);
        recruiter.post("/app/interviews/" + interview.id, interviewForm(application, inDays(6), "11:00", "Zaal 3", "",
                List.of(interviewer.id), interview.version)).then().statusCode(409).body(containsString("Iemand anders heeft dit gesprek intussen gewijzigd"));

        Interview now = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id));
        assertEquals("Zaal 2", now.location);
        assertEquals(1, now.calendarSequence);
        assertNotEquals(interview.startsAt, now.startsAt);
    }

    @Test
    void hiringManagersDoNotPlanInterviews() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession session = WebSession.as(manager);

        session.get("/app/assessments/" + application.id).then().statusCode(200).body(not(containsString("Gesprek plannen")));
        session.post("/app/assessments/" + application.id + "/interviews", interviewForm(application, inDays(2), "10:00", "Zaal 1", "",
                List.of(manager.id), null)).then().statusCode(403);
    }

    @Test
    void rejectingTheCandidateCancelsTheInterviewsStillToCome() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview interview = plan(recruiter, application, List.of(TestUsers.hiringManager()));
        long version = QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(application.id).version);
        long reason = QuarkusTransaction.requiringNew().call(() -> RejectionReason.listActive().get(0).id);

        recruiter.post("/app/applications/" + application.id + "/reject", Map.of("reasonId", reason, "version", version, "timing", "NOW"))
                .then().statusCode(303);

        assertEquals(InterviewStatus.CANCELLED, QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).status));
        List<OutboxMail> cancellations = mails(interview, "interview-cancelled");
        assertEquals(2, cancellations.size());
        assertEquals("CANCEL", method(open(cancellations.get(0)).calendar()));
    }

    @Test
    void anInterviewWithScorecardsIsNotCancelledAndADroppedInterviewerGetsACancellation() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        AppUser staying = TestUsers.hiringManager();
        AppUser dropped = TestUsers.hiringManager();
        Interview interview = plan(recruiter, application, List.of(staying, dropped));

        recruiter.post("/app/interviews/" + interview.id, interviewForm(application, inDays(3), "10:00", "Kantoor Utrecht, zaal Dom", "",
                List.of(staying.id), interview.version)).then().statusCode(303);
        OutboxMail toDropped = mails(interview, "interview-cancelled").stream().filter(m -> open(m).to().equals(dropped.email))
                .findFirst().orElseThrow();
        assertEquals("CANCEL", method(open(toDropped).calendar()));
        assertEquals(interview.calendarUid, value(event(open(toDropped).calendar()), Property.UID));

        WebSession.as(staying).get("/app/interviews/" + interview.id + "/scorecard").then().statusCode(200);
        long version = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).version);
        recruiter.post("/app/interviews/" + interview.id + "/cancel", Map.of("version", version)).then().statusCode(303);
        assertEquals(InterviewStatus.SCHEDULED, QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).status));
        recruiter.get("/app/assessments/" + application.id).then().body(containsString("kan niet meer worden geannuleerd"));
    }
}
