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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** What interviewers receive when they are planned: in their own language, and a word to the planner when they cannot. */
@QuarkusTest
class InterviewerMailsTest {

    static OutboxMail last(Interview interview, String kind, AppUser to) {
        List<OutboxMail> mails = InterviewsTest.mails(interview, kind).stream().filter(mail -> open(mail).to().equals(to.email)).toList();
        assertTrue(!mails.isEmpty(), "a " + kind + " mail to the interviewer");
        return mails.get(mails.size() - 1);
    }

    @Test
    void eachInterviewerGetsInvitationUpdateAndCancellationInTheirOwnLanguage() throws Exception {
        Vacancy vacancy = aVacancy().titled("Klantenservice talen").published().persist();
        Application application = anApplication().to(vacancy).persist();
        AppUser dutch = TestUsers.hiringManager();
        AppUser english = TestUsers.hiringManager();
        WebSession.as(english).get("/language?lang=en&return=/app").then().statusCode(303);
        assertEquals("en", TestUsers.reload(english.id).language, "the language switch is remembered for the user's mails");
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        Interview interview = plan(recruiter, application, List.of(dutch, english));

        OutboxMail toEnglish = last(interview, "interview-invitation", english);
        assertEquals("Interview planned: Klantenservice talen", open(toEnglish).subject());
        assertTrue(open(toEnglish).text().contains("You are planned as an interviewer for Klantenservice talen."), open(toEnglish).text());
        assertTrue(open(toEnglish).calendar().contains("(application #" + application.id + ")"), open(toEnglish).calendar());
        OutboxMail toDutch = last(interview, "interview-invitation", dutch);
        assertEquals("Interview gepland: Klantenservice talen", open(toDutch).subject());
        assertTrue(open(toDutch).text().contains("Je bent ingepland als interviewer voor Klantenservice talen."), open(toDutch).text());
        assertTrue(open(toDutch).calendar().contains("(sollicitatie #" + application.id + ")"), open(toDutch).calendar());
        assertEquals(interview.calendarUid, InterviewsTest.value(InterviewsTest.event(open(toEnglish).calendar()), "UID"),
                "one calendar event, whatever the language");
        MimeMessage arrived = SmtpServer.awaitMessagesTo(english.email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Interview planned: Klantenservice talen", arrived.getSubject());

        recruiter.post("/app/interviews/" + interview.id, interviewForm(application, inDays(4), "11:00", "Zaal 4", "", List.of(dutch.id, english.id),
                interview.version)).then().statusCode(303);
        assertEquals("Interview planned: Klantenservice talen", open(last(interview, "interview-invitation", english)).subject());
        long version = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> findById(interview.id).version);
        recruiter.post("/app/interviews/" + interview.id + "/cancel", Map.of("version", version)).then().statusCode(303);
        assertEquals("Cancelled: interview Klantenservice talen", open(last(interview, "interview-cancelled", english)).subject());
        assertEquals("Geannuleerd: gesprek Klantenservice talen", open(last(interview, "interview-cancelled", dutch)).subject());
    }

    @Test
    void anAdminSetsTheLanguageOfAColleaguesMails() {
        AppUser french = TestUsers.hiringManager();
        Map<String, Object> form = new HashMap<>();
        form.put("username", french.username);
        form.put("displayName", french.displayName);
        form.put("email", french.email);
        form.put("roles", List.of(Roles.HIRING_MANAGER));
        form.put("password", "");
        form.put("language", "fr");
        form.put("version", french.version);
        WebSession admin = WebSession.as(TestUsers.admin());
        admin.get("/app/users/" + french.id + "/edit").then().statusCode(200).body(containsString("Taal van mails"));

        admin.post("/app/users/" + french.id, form).then().statusCode(303);

        assertEquals("fr", TestUsers.reload(french.id).language);
        admin.get("/app/users/" + french.id + "/edit").then().statusCode(200).body(containsString("<option value=\"fr\" selected>Frans"));
        Interview interview = plan(WebSession.as(TestUsers.recruiter()), anApplication().to(aVacancy().titled("Service client")
                .published().persist()).persist(), List.of(french));
        assertEquals("Entretien planifié\u00a0: Service client", open(last(interview, "interview-invitation", french)).subject());
    }

    @Test
    void thePlannerIsToldWhichInterviewersGetNoInvitationForWantOfAnAddress() {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        AppUser reachable = TestUsers.hiringManager();
        AppUser noAddress = TestUsers.hiringManager();
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("email = null where id = ?1", noAddress.id));
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        Interview interview = plan(recruiter, application, List.of(reachable, noAddress));

        recruiter.get("/app/assessments/" + application.id).then().statusCode(200)
                .body(containsString("Gesprek gepland. Geen uitnodiging voor " + noAddress.displayName + ": geen e-mailadres bekend."))
                .body(not(containsString("Geen uitnodiging voor " + reachable.displayName)));
        assertEquals(2, InterviewsTest.mails(interview, "interview-invitation").size(), "the candidate and the one with an address");

        recruiter.post("/app/interviews/" + interview.id, interviewForm(application, inDays(5), "09:30", "Zaal 2", "",
                List.of(reachable.id, noAddress.id), interview.version)).then().statusCode(303);
        recruiter.get("/app/assessments/" + application.id).then().statusCode(200)
                .body(containsString("Gesprek gewijzigd. Geen bericht voor " + noAddress.displayName + ": geen e-mailadres bekend."));

        Interview reachableOnly = plan(recruiter, anApplication().to(aVacancy().published().persist()).persist(), List.of(reachable));
        recruiter.get("/app/assessments/" + reachableOnly.application.id).then().statusCode(200)
                .body(containsString("Gesprek gepland. De uitnodigingen staan in de mailwachtrij."))
                .body(not(containsString("Geen uitnodiging voor")));
    }
}
