package nl.werving.interview;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestInterviews.plan;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The one reminder to an interviewer whose scorecard is still open a day after the interview ended. */
@QuarkusTest
class ScorecardRemindersTest {

    @Inject
    ScorecardReminders reminders;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static long reminders(AppUser user) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("kind = ?1 and recipientKey = ?2", "scorecard-reminder",
                OutboxMail.keyOf(user.email)));
    }

    static Instant end(Interview interview) {
        return QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).endsAt());
    }

    static void submitted(Interview interview, AppUser interviewer) {
        QuarkusTransaction.requiringNew().run(() -> {
            Scorecard scorecard = new Scorecard();
            scorecard.interview = Interview.findById(interview.id);
            scorecard.application = scorecard.interview.application;
            scorecard.interviewer = AppUser.findById(interviewer.id);
            scorecard.status = ScorecardStatus.SUBMITTED;
            scorecard.recommendation = Recommendation.YES;
            scorecard.createdAt = Instant.now();
            scorecard.submittedAt = Instant.now();
            scorecard.persist();
        });
    }

    @Test
    void anInterviewerGetsOneReminderADayAfterTheInterviewInTheirLanguage() throws Exception {
        Vacancy vacancy = aVacancy().titled("Klantenservice herinnering").published().persist();
        Application application = anApplication().to(vacancy).by("Herinnering Kandidaat").persist();
        AppUser dutch = TestUsers.hiringManager();
        AppUser english = TestUsers.hiringManager();
        WebSession.as(english).get("/language?lang=en&return=/app").then().statusCode(303);
        Interview interview = plan(WebSession.as(TestUsers.recruiter()), application, List.of(dutch, english));
        Instant end = end(interview);

        TestClock.set(end.plus(Duration.ofHours(24)).minusSeconds(60));
        reminders.remindDue();
        assertEquals(0, reminders(dutch), "no reminder before a day has passed");
        assertEquals(0, reminders(english));

        TestClock.set(end.plus(Duration.ofHours(24)));
        reminders.remindDue();
        MimeMessage toDutch = SmtpServer.awaitMessagesTo(dutch.email, 2, Duration.ofSeconds(30)).stream()
                .filter(mail -> subject(mail).startsWith("Herinnering")).findFirst().orElseThrow();
        assertEquals("Herinnering: je scorecard voor Klantenservice herinnering", toDutch.getSubject());
        String text = SmtpServer.text(toDutch);
        assertTrue(text.contains("/app/interviews/" + interview.id + "/scorecard"), text);
        assertTrue(text.contains("sollicitatie #" + application.id), text);
        assertTrue(!text.contains("Herinnering Kandidaat"), "no candidate's name in a mail to staff");
        MimeMessage toEnglish = SmtpServer.awaitMessagesTo(english.email, 2, Duration.ofSeconds(30)).stream()
                .filter(mail -> subject(mail).startsWith("Reminder")).findFirst().orElseThrow();
        assertEquals("Reminder: your scorecard for Klantenservice herinnering", toEnglish.getSubject());
        assertTrue(SmtpServer.text(toEnglish).contains("/app/interviews/" + interview.id + "/scorecard"));

        TestClock.advance(Duration.ofHours(1));
        reminders.remindDue();
        TestClock.advance(Duration.ofDays(2));
        reminders.remindDue();
        assertEquals(1, reminders(dutch), "never a second reminder");
        assertEquals(1, reminders(english));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> ScorecardReminder.count("interviewId", interview.id)));
    }

    @Test
    void noReminderForASubmittedScorecardACancelledInterviewAnInactiveColleagueOrOneWithoutAddress() {
        Vacancy vacancy = aVacancy().published().persist();
        AppUser owes = TestUsers.hiringManager();
        AppUser submitter = TestUsers.hiringManager();
        AppUser inactive = TestUsers.hiringManager();
        AppUser noAddress = TestUsers.hiringManager();
        AppUser onCancelled = TestUsers.hiringManager();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview held = plan(recruiter, anApplication().to(vacancy).persist(), List.of(owes, submitter, inactive, noAddress));
        Interview cancelled = plan(recruiter, anApplication().to(vacancy).persist(), List.of(onCancelled));
        long version = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(cancelled.id).version);
        recruiter.post("/app/interviews/" + cancelled.id + "/cancel", Map.of("version", version)).then().statusCode(303);
        submitted(held, submitter);
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser.update("active = false where id = ?1", inactive.id);
            AppUser.update("email = null where id = ?1", noAddress.id);
        });

        TestClock.set(end(held).plus(Duration.ofHours(25)));
        reminders.remindDue();

        assertEquals(1, reminders(owes), "the one who still owes it is reminded");
        assertEquals(0, reminders(submitter), "not for a submitted scorecard");
        assertEquals(0, reminders(inactive), "not for a colleague who left");
        assertEquals(0, reminders(onCancelled), "not for a cancelled interview");
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> ScorecardReminder.count("interviewId", held.id)),
                "no reminder recorded for the colleague without an address");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> ScorecardReminder.count("interviewId", cancelled.id)));
    }

    @Test
    void anInterviewLongPastGetsNoReminderWhenTheJobFirstRuns() {
        AppUser interviewer = TestUsers.hiringManager();
        Interview interview = plan(WebSession.as(TestUsers.recruiter()), anApplication().to(aVacancy().published().persist()).persist(),
                List.of(interviewer));

        TestClock.set(end(interview).plus(Duration.ofHours(24)).plus(ScorecardReminders.TOO_LATE).plusSeconds(60));
        reminders.remindDue();

        assertEquals(0, reminders(interviewer));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
