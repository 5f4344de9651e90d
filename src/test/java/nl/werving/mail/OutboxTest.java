package nl.werving.mail;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Applicant;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    private static OutboxMail mailTo(String address) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> find("recipientKey", OutboxMail.keyOf(address)).singleResult());
    }

    @Test
    void losesNothingInAnSmtpOutageAndSendsEveryMailExactlyOnce() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        List<Applicant> applicants = new ArrayList<>();
        SmtpServer.outage();
        try {
            for (int i = 0; i < 5; i++) {
                Applicant applicant = anApplicant();
                applicant.applyTo(vacancy.slug).then().statusCode(303);
                applicants.add(applicant);
            }
            await("a first attempt for the last mail").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> mailTo(applicants.get(4).email).attempts > 0);
            for (Applicant applicant : applicants) {
                OutboxMail waiting = mailTo(applicant.email);
                assertEquals(MailStatus.PENDING, waiting.status, "kept while the mail server is down");
            }
            OutboxMail tried = mailTo(applicants.get(0).email);
            assertTrue(tried.attempts >= 1 && tried.lastError != null, "the failed attempt is recorded");
        } finally {
            SmtpServer.recover();
        }

        for (Applicant applicant : applicants) {
            try {
                SmtpServer.awaitMessagesTo(applicant.email, 1, Duration.ofSeconds(30));
            } catch (AssertionError notArrived) {
                OutboxMail mail = mailTo(applicant.email);
                throw new AssertionError(notArrived.getMessage() + "; outbox: " + mail.status + " after " + mail.attempts
                        + " attempt(s), last error " + mail.lastError + ", next at " + mail.nextAttemptAt, notArrived);
            }
        }
        // Nothing more may arrive: every mail stays at exactly one for a few send intervals.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> applicants.stream().allMatch(applicant -> SmtpServer.messagesTo(applicant.email).size() == 1));
        for (Applicant applicant : applicants) {
            assertEquals(1, SmtpServer.messagesTo(applicant.email).size(), "exactly one mail to " + applicant.email);
            OutboxMail sent = mailTo(applicant.email);
            assertEquals(MailStatus.SENT, sent.status);
            // Stable per outbox mail, so that a mail sent again after a crash can be recognised as the same one.
            assertEquals("<werving-mail-" + sent.id + "@localhost>", SmtpServer.messagesTo(applicant.email).get(0).getMessageID());
        }
    }

    @Test
    void retriesAMailWhileATestHoldsTheClock() {
        String address = "later." + System.nanoTime() + "@voorbeeld.nl";
        TestClock.set(Instant.parse("2026-11-30T08:00:00Z"));
        try {
            SmtpServer.outage();
            try {
                QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(new Outbox.Mail("test", address, "Onderwerp", "<p>Hallo</p>",
                        "Hallo", null)));
                await("a failed first attempt").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                        .until(() -> mailTo(address).attempts > 0);
            } finally {
                SmtpServer.recover();
            }
            // Due again a second after the failure by the application's clock, which runs on while the test waits.
            SmtpServer.awaitMessagesTo(address, 1, Duration.ofSeconds(20));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void givesUpAfterTheLastAttemptWithGrowingDelays() {
        assertEquals(Duration.ofSeconds(1), outbox.retryDelay(1));
        assertEquals(Duration.ofSeconds(2), outbox.retryDelay(2));
        assertEquals(Duration.ofSeconds(2), outbox.retryDelay(9), "capped at the maximum delay");

        long id = QuarkusTransaction.requiringNew().call(() -> {
            outbox.enqueue(new Outbox.Mail("test", "nobody@voorbeeld.nl", "Onderwerp", "<p>Hallo</p>", "Hallo", null));
            OutboxMail mail = OutboxMail.<OutboxMail> find("recipientKey", OutboxMail.keyOf("nobody@voorbeeld.nl")).singleResult();
            mail.attempts = 11;
            mail.nextAttemptAt = Instant.now().plusSeconds(3600);
            outbox.attemptFailed(mail, new IllegalStateException("550 <nobody@voorbeeld.nl>: mailbox unavailable"));
            return mail.id;
        });

        OutboxMail failed = QuarkusTransaction.requiringNew().call(() -> OutboxMail.findById(id));
        assertEquals(MailStatus.FAILED, failed.status);
        assertEquals(12, failed.attempts);
        assertEquals("IllegalStateException: 550 <…>: mailbox unavailable", failed.lastError, "the error kept without the address");
    }

    @Test
    void showsFailedMailsToAdminsWhoCanSendThemAgain() {
        String address = "mislukt." + System.nanoTime() + "@voorbeeld.nl";
        long id = QuarkusTransaction.requiringNew().call(() -> {
            outbox.enqueue(new Outbox.Mail("test", address, "Uitnodiging gesprek", "<p>Hallo</p>", "Hallo", null));
            OutboxMail mail = OutboxMail.<OutboxMail> find("recipientKey", OutboxMail.keyOf(address)).singleResult();
            mail.status = MailStatus.FAILED;
            mail.attempts = 12;
            mail.lastError = "ConnectException: Connection refused";
            return mail.id;
        });
        WebSession admin = WebSession.as(TestUsers.admin());

        admin.get("/app/mail?status=FAILED").then().statusCode(200)
                .body(containsString("Uitnodiging gesprek"))
                .body(containsString("ConnectException: Connection refused"));
        admin.post("/app/mail/" + id + "/retry").then().statusCode(303);

        SmtpServer.awaitMessagesTo(address, 1, Duration.ofSeconds(20));
        // The server holds the mail a moment before the sender commits its status.
        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(address).status == MailStatus.SENT);
        // The date under its own label, not "Verstuurd: Verstuurd 4 dec. 2026".
        admin.get("/app/mail/" + id).then().statusCode(200)
                .body(containsString("<dt>Verstuurd op</dt>"))
                .body(not(containsString("<dd>Verstuurd ")));
        admin.language("fr").get("/app/mail/" + id).then().statusCode(200)
                .body(containsString("<dt>Envoyé le</dt>"))
                .body(not(containsString("<dd>Envoyé ")));
        admin.language("nl");
        WebSession.as(TestUsers.recruiter()).get("/app/mail").then().statusCode(403);
    }

    @Test
    void aPageNumberBeyondTheEndShowsTheLastPageOfMails() {
        String address = "laatste." + System.nanoTime() + "@voorbeeld.nl";
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(new Outbox.Mail("test", address, "Laatste pagina", "<p>Hallo</p>", "Hallo", null));
            OutboxMail mail = OutboxMail.<OutboxMail> find("recipientKey", OutboxMail.keyOf(address)).singleResult();
            mail.status = MailStatus.FAILED;
            mail.lastError = "ConnectException: Connection refused";
        });

        WebSession.as(TestUsers.admin()).get("/app/mail?status=FAILED&page=2147483647").then().statusCode(200)
                .body(containsString("<table")).body(not(containsString("rel=\"next\"")));
    }

    @Test
    void saysWhatTheEmptyFailedTabIsFor() {
        // The tab is empty only without failed mails: those other tests left behind are taken away first.
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.delete("status", MailStatus.FAILED));
        WebSession admin = WebSession.as(TestUsers.admin());
        admin.get("/app/mail?status=FAILED").then().statusCode(200)
                .body(containsString("Geen mislukte mails"))
                .body(containsString("Lukt een mail ook na de laatste poging niet, dan verschijnt hij hier en kun je hem opnieuw versturen."))
                .body(not(containsString("het product")));
        admin.language("en").get("/app/mail?status=FAILED").then().statusCode(200)
                .body(containsString("A mail that still fails after its last attempt appears here"))
                .body(not(containsString("the product")));
        admin.language("fr").get("/app/mail?status=FAILED").then().statusCode(200)
                .body(containsString("Un e-mail qui échoue encore après sa dernière tentative apparaît ici"))
                .body(not(containsString("le produit")));
    }
}
