package nl.werving.survey;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static nl.werving.survey.TestSurveys.answers;
import static nl.werving.survey.TestSurveys.invitationsFor;
import static nl.werving.survey.TestSurveys.mailedInvitation;
import static nl.werving.survey.TestSurveys.responsesFor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** The survey from the end of an application to one anonymous answer: the mail, the page, its checks and its link. */
@QuarkusTest
class SurveyFlowTest {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    @Inject
    SurveyInvitations invitations;

    @Inject
    EntityManager entityManager;

    @Inject
    SurveyMails mails;

    @Test
    void anEndedApplicationGetsOneSurveyMailAfterTheDelayWithAWorkingLink() {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie").published().persist();
        String email = "sanne.enquete." + System.nanoTime() + "@voorbeeld.nl";
        Application application = anApplication().to(vacancy).by("Sanne Verhoef").withEmail(email).persist();

        WebSession.as(TestUsers.recruiter()).post("/app/applications/" + application.id + "/reject",
                Map.of("reasonId", 2, "timing", "NOW", "version", application.version)).then().statusCode(303);

        SurveyInvitation waiting = invitation(application);
        assertNull(waiting.sentAt, "not mailed at once");
        assertNull(waiting.tokenHash, "no link before the mail");
        assertEquals(Duration.ofDays(2), Duration.between(waiting.createdAt, waiting.sendAfter), "mailed after the delay");
        invitations.sendDue();
        assertNull(invitation(application).sentAt, "the delay holds");

        QuarkusTransaction.requiringNew().run(() -> SurveyInvitation.update("sendAfter = ?1 where application.id = ?2",
                Instant.now().minusSeconds(1), application.id));
        invitations.sendDue();
        invitations.sendDue();

        MimeMessage mail = SmtpServer.awaitMessagesTo(email, 2, Duration.ofSeconds(30)).stream()
                .filter(message -> subject(message).startsWith("Hoe was solliciteren")).findFirst().orElseThrow();
        String text = SmtpServer.text(mail);
        assertTrue(text.contains("Beste Sanne Verhoef,"), text);
        assertTrue(text.contains("Klantenservice medewerker energie"), text);
        assertTrue(text.contains("groepen van minstens 10"), text);
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        SurveyInvitation sent = invitation(application);
        assertNotNull(sent.sentAt);
        assertEquals(Duration.ofDays(30), Duration.between(sent.sentAt, sent.expiresAt));

        WebSession.anonymous().get("/survey/" + link.group(1)).then().statusCode(200)
                .body(containsString("Hoe was solliciteren bij ons?"))
                .body(containsString("Ik wist steeds waar ik stond."))
                .body(containsString("Klantenservice medewerker energie"))
                .body(not(containsString("Sanne")))
                .header("Cache-Control", containsString("no-store"));
        // The outbox sends every second in tests: long enough for a wrongly queued second mail to arrive.
        Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> SmtpServer.messagesTo(email).stream()
                .filter(message -> subject(message).startsWith("Hoe was solliciteren")).count() == 1);
    }

    @Test
    void theMailSpeaksTheCandidatesLanguage() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Camille Dubois").ended(ApplicationStatus.REJECTED).persist();

        Outbox.Mail mail = QuarkusTransaction.requiringNew().call(() -> mails.invitation(Candidate.findById(application.candidate.id),
                "Conseiller clientèle", "fr", "lien-de-test", Instant.parse("2026-12-31T12:00:00Z")));

        assertTrue(mail.subject().startsWith("Comment s'est passée votre candidature"), mail.subject());
        assertTrue(mail.text().contains("Bonjour Camille Dubois,"), mail.text());
        assertTrue(mail.text().contains("/survey/lien-de-test"), mail.text());
        assertTrue(mail.html().contains("href=\"http"), "links in mails are absolute");
        assertTrue(mail.text().contains("31 déc. 2026"), mail.text());
    }

    @Test
    void answeringStoresAnAnswerWithoutThePersonAndDeletesTheInvitation() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.HIRED).persist();
        String token = mailedInvitation(application, "nl");

        WebSession.anonymous().post("/survey/" + token, answers(9, 4, 3, 5, "  Snel en duidelijk, dank!  ")).then().statusCode(200)
                .body(containsString("Dank je wel!"));

        assertEquals(0, invitationsFor(application), "nothing ties the answer to the person");
        SurveyResponse stored = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.<SurveyResponse> find("vacancy.id", vacancy.id)
                .singleResult());
        assertEquals(ApplicationStatus.HIRED, stored.outcome);
        assertEquals(LocalDate.now(Formats.ZONE).withDayOfMonth(1), stored.answeredMonth);
        assertEquals(List.of(9, 4, 3, 5), List.of(stored.nps, stored.clarity, stored.speed, stored.respect));
        assertEquals("Snel en duidelijk, dank!", stored.comment);
        assertEquals(Set.of("id", "vacancy_id", "outcome", "answered_month", "nps", "clarity", "speed", "respect", "comment"),
                columnsOf("survey_response"), "no column that could lead back to a candidate, an application or a moment");
    }

    @Test
    void aSecondSubmitIsRefusedAndStoresNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        String token = mailedInvitation(application, "nl");
        WebSession candidate = WebSession.anonymous();

        candidate.post("/survey/" + token, answers(7, 3, 3, 4, "")).then().statusCode(200);
        candidate.post("/survey/" + token, answers(0, 1, 1, 1, "")).then().statusCode(410)
                .body(containsString("Deze link werkt niet meer"));
        candidate.get("/survey/" + token).then().statusCode(410);

        assertEquals(1, responsesFor(vacancy));
    }

    @Test
    void twoSubmitsAtOnceStoreOneAnswer() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.WITHDRAWN).persist();
        String token = mailedInvitation(application, "nl");
        WebSession first = WebSession.anonymous();
        WebSession second = WebSession.anonymous();
        first.csrfToken();
        second.csrfToken();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> submits = List.of(first, second).stream().map(session -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return session.post("/survey/" + token, answers(8, 4, 4, 4, "")).statusCode();
        })).toList();
        start.countDown();

        List<Integer> statuses = submits.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(200, 410), statuses);
        assertEquals(1, responsesFor(vacancy));
    }

    @Test
    void invalidAnswersGetMessagesBesideTheFieldsAndStoreNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        String token = mailedInvitation(application, "en");
        Map<String, Object> form = answers(11, 4, 3, 5, "x".repeat(1001));
        form.remove("speed");

        WebSession.anonymous().post("/survey/" + token, form).then().statusCode(400)
                .body(containsString("id=\"f-nps-error\""))
                .body(containsString("Choose a number from 0 to 10."))
                .body(containsString("id=\"f-speed-error\""))
                .body(containsString("Choose an answer from 1 to 5 for ‘The process was quick enough’."))
                .body(not(containsString("id=\"f-clarity-error\"")))
                .body(containsString("id=\"f-comment-error\""))
                .body(containsString("at most 1000 characters"))
                .body(containsString("id=\"clarity-4\" value=\"4\" checked"));
        WebSession.anonymous().post("/survey/" + token, answers(5, 0, 3, 6, "")).then().statusCode(400)
                .body(containsString("id=\"f-clarity-error\"")).body(containsString("id=\"f-respect-error\""));
        WebSession.anonymous().post("/survey/" + token, Map.of("nps", "tien")).then().statusCode(400);

        assertEquals(0, responsesFor(vacancy));
        assertEquals(1, invitationsFor(application), "the link still works");
    }

    @Test
    void anExpiredLinkIsRefused() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        String token = mailedInvitation(application, "nl");
        QuarkusTransaction.requiringNew().run(() -> SurveyInvitation.update("expiresAt = ?1 where application.id = ?2",
                Instant.now().minusSeconds(1), application.id));

        WebSession.anonymous().get("/survey/" + token).then().statusCode(410).body(containsString("is voorbij"));
        WebSession.anonymous().post("/survey/" + token, answers(10, 5, 5, 5, "")).then().statusCode(410);

        assertEquals(0, responsesFor(vacancy));
    }

    @Test
    void anUnknownLinkGetsAFriendlyPage() {
        WebSession.anonymous().get("/survey/" + "A".repeat(43)).then().statusCode(410).body(containsString("Deze link werkt niet meer"));
        WebSession.anonymous().get("/survey/" + "A".repeat(200)).then().statusCode(404).body(not(containsString("Exception")));
    }

    @Test
    void anAnswerWithoutTheCsrfTokenIsRefused() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        String token = mailedInvitation(application, "nl");

        int status = WebSession.anonymous().postWithoutCsrf("/survey/" + token, answers(9, 5, 5, 5, "")).statusCode();

        assertEquals(400, status);
        assertEquals(0, responsesFor(vacancy));
    }

    private static SurveyInvitation invitation(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyInvitation.<SurveyInvitation> find("application.id", application.id)
                .singleResult());
    }

    private Set<String> columnsOf(String table) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> names = entityManager.createNativeQuery("select lower(column_name) from information_schema.columns"
                    + " where lower(table_name) = :table and lower(table_schema) = 'public'").setParameter("table", table).getResultList();
            return new TreeSet<>(names.stream().map(String.class::cast).toList());
        });
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
