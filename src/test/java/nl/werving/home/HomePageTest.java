package nl.werving.home;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.interview.Interview;
import nl.werving.interview.Recommendation;
import nl.werving.interview.Scorecard;
import nl.werving.interview.ScorecardStatus;
import nl.werving.mail.MailStatus;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestReferences;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;
import nl.werving.web.WorkingDays;

/** The home page: per section the rows a user may see, a link to act on each, and an empty state when nothing waits. */
@QuarkusTest
class HomePageTest {

    @Test
    void listsCandidatesWaitingLongerThanTheirStagesLimitInWorkingDays() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Klantenservice wachttijd " + marker()).published().managedBy(manager).persist();
        Stage screening = TestApplications.stagesOf(vacancy).get(1);
        limit(screening, 2);
        Application late = waitingSince(anApplication().to(vacancy).inStage(1).by("Lotte Laatkomer " + marker()).persist(), 12);
        Application inTime = anApplication().to(vacancy).inStage(1).by("Tijn Optijd " + marker()).persist();
        // The first stage has no limit of its own: the careers site's five working days apply.
        Application withinPromise = waitingSince(anApplication().to(vacancy).inStage(0).by("Bo Binnentermijn " + marker()).persist(), 4);
        Application pastPromise = waitingSince(anApplication().to(vacancy).inStage(0).by("Pim Voorbij " + marker()).persist(), 14);

        String page = WebSession.as(manager).get("/app").then().statusCode(200).extract().asString();

        assertContains(page, name(late), "/app/candidates/" + late.candidate.id, screening.name,
                days(late) + " werkdagen in deze fase (termijn 2)", name(pastPromise), days(pastPromise) + " werkdagen in deze fase (termijn 5)",
                "Kandidaten die te lang wachten", "2 open", "/app/candidates?status=ACTIVE&amp;sort=WAITING");
        assertNotContains(page, name(inTime), name(withinPromise));
        assertEquals(true, page.indexOf(name(pastPromise)) < page.indexOf(name(late)), "longest waiting first");
    }

    @Test
    void hiringManagerSeesOnlyTheirOwnVacancies() {
        AppUser manager = TestUsers.hiringManager();
        AppUser colleague = TestUsers.hiringManager();
        Vacancy own = aVacancy().titled("Eigen vacature " + marker()).published().managedBy(manager).persist();
        Vacancy other = aVacancy().titled("Andermans vacature " + marker()).published().managedBy(colleague).persist();
        Application mine = waitingSince(anApplication().to(own).by("Eigen Kandidaat " + marker()).persist(), 30);
        Application theirs = waitingSince(anApplication().to(other).by("Andere Kandidaat " + marker()).persist(), 30);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        TestReferences.request(recruiter, theirs);

        String page = WebSession.as(manager).get("/app").then().statusCode(200).extract().asString();

        assertContains(page, name(mine), own.title);
        assertNotContains(page, name(theirs), other.title, "Verzoeken om gegevens", "Mislukte mails");
        assertContains(page, "Niets dat op je wacht: geen referentiecheck staat open.");
    }

    @Test
    void showsAnEmptyStatePerSectionInEveryLanguage() {
        WebSession manager = WebSession.as(TestUsers.hiringManager());

        manager.get("/app").then().statusCode(200)
                .body(containsString("Niets dat op je wacht: geen kandidaat wacht langer dan de termijn van zijn fase."))
                .body(containsString("Niets dat op je wacht: al je scorecards zijn ingediend."))
                .body(containsString("Niets dat op je wacht: deze week staan er geen gesprekken gepland."))
                .body(containsString("Niets dat op je wacht: geen referentiecheck staat open."))
                .body(containsString("0 open"));
        manager.language("en").get("/app").then().statusCode(200)
                .body(containsString("Nothing waiting for you: all your scorecards are submitted."));
        manager.language("fr").get("/app").then().statusCode(200)
                .body(containsString("Rien ne vous attend\u00a0: toutes vos grilles sont remises."));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void listsScorecardsOwedAndTodaysInterviews() {
        // Noon, so that the interview at 23:30 is still to come whenever the test runs.
        LocalDate day = LocalDate.now(Formats.ZONE);
        Instant noon = day.atTime(12, 0).atZone(Formats.ZONE).toInstant();
        TestClock.set(noon);
        AppUser manager = TestUsers.hiringManager();
        AppUser stranger = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Gesprekken " + marker()).published().managedBy(manager).persist();
        Application passed = anApplication().to(vacancy).by("Gesprek Geweest " + marker()).persist();
        Application today = anApplication().to(vacancy).by("Gesprek Vandaag " + marker()).persist();
        Application submitted = anApplication().to(vacancy).by("Al Ingediend " + marker()).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview yesterday = startingAt(TestInterviews.plan(recruiter, passed, List.of(manager)), noon.minus(Duration.ofDays(1)));
        Interview laterToday = startingAt(TestInterviews.plan(recruiter, today, List.of(manager)),
                day.atStartOfDay(Formats.ZONE).plusHours(23).plusMinutes(30).toInstant());
        Interview done = startingAt(TestInterviews.plan(recruiter, submitted, List.of(manager)), noon.minus(Duration.ofDays(2)));
        WebSession interviewer = WebSession.as(manager);
        submitted(done, manager);

        String page = interviewer.get("/app").then().statusCode(200).extract().asString();

        assertContains(page, "Invullen: " + name(passed), "/app/interviews/" + yesterday.id + "/scorecard",
                "/app/interviews/" + laterToday.id + "/scorecard", name(today), "Vandaag", "jij zit in het panel");
        assertNotContains(page, "Invullen: " + name(submitted), "Invullen: " + name(today));
        String recruiterPage = recruiter.get("/app").then().statusCode(200).extract().asString();
        assertContains(recruiterPage, name(today), "/app/assessments/" + today.id);
        WebSession.as(stranger).get("/app").then().statusCode(200).body(not(containsString(name(today))))
                .body(not(containsString(name(passed))));
    }

    @Test
    void recruitersSeeWhoStillOwesAScorecardAfterTheInterviewEnded() {
        AppUser late = TestUsers.hiringManager();
        AppUser done = TestUsers.hiringManager();
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Na het gesprek " + marker()).published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).by("Scorecard Ontbreekt " + marker()).persist();
        Application upcoming = anApplication().to(vacancy).by("Nog Niet Geweest " + marker()).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        // Long ago, so it leads the section (oldest first) whatever other tests left behind.
        Interview ended = startingAt(TestInterviews.plan(recruiter, application, List.of(late, done)),
                Instant.now().minus(Duration.ofDays(400)));
        TestInterviews.plan(recruiter, upcoming, List.of(late));
        submitted(ended, done);

        String page = recruiter.get("/app").then().statusCode(200).extract().asString();

        String section = page.substring(page.indexOf("id=\"home-late\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertContains(section, "Scorecards die nog ontbreken", late.displayName, name(application),
                "/app/assessments/" + application.id, "/app/vacancies/" + vacancy.id, "399 dagen na het gesprek");
        assertNotContains(section, done.displayName, name(upcoming));
        WebSession.as(manager).get("/app").then().statusCode(200).body(not(containsString("Scorecards die nog ontbreken")));
        recruiter.language("en").get("/app").then().statusCode(200).body(containsString("Scorecards still missing"))
                .body(containsString("399 days after the interview"));
    }

    @Test
    void listsReferenceChecksWaitingForTheCandidate() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Referenties " + marker()).published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).by("Ref Wachtend " + marker()).persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        TestReferences.request(recruiter, application);

        WebSession.as(manager).get("/app").then().statusCode(200)
                .body(containsString(name(application)))
                .body(containsString("/app/references/" + application.id))
                .body(containsString("wacht op de kandidaat"));
    }

    @Test
    void recruitersSeeDataRequestsDueAndAdminsFailedMails() {
        Vacancy vacancy = aVacancy().titled("Verzoeken " + marker()).published().persist();
        Application application = anApplication().to(vacancy).by("Inzage Verzoeker " + marker()).persist();
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        recruiter.post("/app/data-requests", Map.of("candidateId", application.candidate.id, "kind", "EXPORT",
                "receivedOn", LocalDate.now(Formats.ZONE).minusDays(40).toString())).then().statusCode(303);
        long mailId = failedMail("Mislukt onderwerp " + marker());

        String recruiterPage = recruiter.get("/app").then().statusCode(200).extract().asString();
        assertContains(recruiterPage, "Verzoeken om gegevens", name(application), "/app/candidates/" + application.candidate.id + "#rights",
                "dagen te laat", "/app/data-requests");
        assertNotContains(recruiterPage, "Mislukte mails");

        String adminPage = WebSession.as(TestUsers.admin()).get("/app").then().statusCode(200).extract().asString();
        assertContains(adminPage, "Mislukte mails", "/app/mail/" + mailId, "/app/mail?status=FAILED", "Verzoeken om gegevens");
    }

    @Test
    void theBackOfficeStartsOnTheHomePage() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app").then().statusCode(200)
                .body(containsString("<a href=\"/app\" aria-current=\"page\"><i class=\"bi bi-house-door\" aria-hidden=\"true\"></i> Start</a>"));
        WebSession.anonymous().get("/app").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void switchesTheDigestOnAndOff() {
        AppUser user = TestUsers.hiringManager();
        WebSession session = WebSession.as(user);
        session.get("/app").then().body(containsString("Samenvatting aanzetten"));

        session.post("/app/digest", Map.of("on", "true")).then().statusCode(303).header("Location", containsString("/app"));
        session.get("/app").then().body(containsString("De dagelijkse samenvatting staat aan."))
                .body(containsString("Samenvatting uitzetten"));
        assertEquals(true, QuarkusTransaction.requiringNew().call(() -> HomeDigest.isOn(user.id)));

        session.post("/app/digest", Map.of("on", "false")).then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> HomeDigest.findById(user.id)));
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    static String name(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(application.id).candidate.fullName());
    }

    static void assertContains(String page, String... texts) {
        for (String text : texts) {
            assertEquals(true, page.contains(text), "the page shows " + text);
        }
    }

    static void assertNotContains(String page, String... texts) {
        for (String text : texts) {
            assertEquals(false, page.contains(text), "the page does not show " + text);
        }
    }

    static void limit(Stage stage, int days) {
        QuarkusTransaction.requiringNew().run(() -> Stage.update("timeLimitDays = ?1 where id = ?2", days, stage.id));
    }

    /** The application entered its stage this many calendar days ago. */
    static Application waitingSince(Application application, int calendarDays) {
        Instant entered = Instant.now().minus(calendarDays, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> Application.update("stageEnteredAt = ?1 where id = ?2", entered, application.id));
        return TestApplications.reload(application.id);
    }

    static long days(Application application) {
        Instant entered = QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(application.id).stageEnteredAt);
        return WorkingDays.between(entered.atZone(Formats.ZONE).toLocalDate(), LocalDate.now(Formats.ZONE));
    }

    static Interview startingAt(Interview interview, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> Interview.update("startsAt = ?1 where id = ?2", at, interview.id));
        return interview;
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

    static long failedMail(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMail mail = new OutboxMail();
            mail.kind = "test";
            mail.recipient = "mislukt@voorbeeld.nl".getBytes(StandardCharsets.UTF_8);
            mail.recipientKey = OutboxMail.keyOf("mislukt@voorbeeld.nl");
            // A mail of no candidate: its texts are stored plain.
            mail.subject = subject.getBytes(StandardCharsets.UTF_8);
            mail.htmlBody = "<p>Test</p>".getBytes(StandardCharsets.UTF_8);
            mail.textBody = "Test".getBytes(StandardCharsets.UTF_8);
            mail.status = MailStatus.FAILED;
            mail.attempts = 12;
            mail.createdAt = Instant.now();
            mail.nextAttemptAt = Instant.now();
            mail.persist();
            return mail.id;
        });
    }
}
