package nl.werving.messaging;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.LocalizedText;

/**
 * Writing to candidates: a preview per recipient, one mail per candidate in their own language through the outbox, never
 * to someone who withdrew or erased their data, only within a hiring manager's own vacancies, and on the timeline.
 */
@QuarkusTest
class MessagingTest {

    @Inject
    MessagingPrivacy privacy;

    static long template() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return QuarkusTransaction.requiringNew().call(() -> {
            MessageTemplate template = new MessageTemplate();
            template.name = new LocalizedText("Uitnodiging " + unique, null, null);
            template.subject = new LocalizedText("Gesprek over {vacancy}", "Interview about {vacancy}", null);
            template.body = new LocalizedText("Beste {first_name},\n\nVolg alles op {status_link}\n\nGroet, {recruiter}",
                    "Dear {first_name},\n\nFollow it all at {status_link}\n\nRegards, {recruiter}", null);
            template.persist();
            return template.id;
        });
    }

    @Test
    void previewShowsTheMessageAsTheCandidateReadsIt() {
        Vacancy vacancy = aVacancy().titled("Klantenservice Zwolle").published().persist();
        Application application = anApplication().to(vacancy).by("Emma Peeters").persist();
        long template = template();
        AppUser recruiter = TestUsers.recruiter();
        WebSession session = WebSession.as(recruiter);

        session.post("/app/candidates/" + application.candidate.id + "/message",
                Map.of("composing", true, "templateId", template, "step", "preview")).then().statusCode(200)
                .body(containsString("Bericht aan Emma Peeters"))
                .body(containsString("Gesprek over Klantenservice Zwolle"))
                .body(containsString("Beste Emma,"))
                .body(containsString("Groet, " + recruiter.displayName))
                .body(containsString("/status/…"));
        assertEquals(0L, mailsTo(application));
    }

    @Test
    void sendsOneRenderedMailInTheCandidatesLanguage() throws Exception {
        Vacancy vacancy = aVacancy().titled("Chat support Gent").published().persist();
        Application application = anApplication().to(vacancy).by("Lotte Maes").persist();
        String email = QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = Candidate.findById(application.candidate.id);
            candidate.locale = "en";
            return candidate.email();
        });
        long template = template();
        AppUser recruiter = TestUsers.recruiter();
        WebSession session = WebSession.as(recruiter);

        session.post("/app/candidates/" + application.candidate.id + "/message",
                Map.of("composing", true, "templateId", template, "step", "send")).then().statusCode(303);

        MimeMessage mail = SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Interview about Chat support Gent", mail.getSubject());
        assertEquals(1, mail.getRecipients(Message.RecipientType.TO).length);
        assertEquals(1, mail.getReplyTo().length);
        assertTrue(mail.getReplyTo()[0].toString().matches("werving\\+[0-9a-f]{32}@werving\\.example"),
                "a reply address of its own: " + mail.getReplyTo()[0]);
        String text = SmtpServer.text(mail);
        assertTrue(text.contains("Dear Lotte,"), text);
        assertTrue(text.contains("Regards, " + recruiter.displayName), text);
        assertTrue(text.matches("(?s).*http://\\S+/status/[A-Za-z0-9_-]{20,}.*"), "a working status link: " + text);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateMessage.count("candidate.id", application.candidate.id)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                AuditAction.MESSAGE_SENT, application.candidate.id)));

        session.get("/app/candidates/" + application.candidate.id).then().statusCode(200)
                .body(containsString("Mail: Interview about Chat support Gent"))
                .body(containsString("door " + recruiter.displayName));
    }

    @Test
    void sendsFreeTextAndShowsItOnTheTimelineWithItsStatus() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Derya Yilmaz").persist();
        AppUser recruiter = TestUsers.recruiter();
        WebSession session = WebSession.as(recruiter);
        Map<String, Object> form = new HashMap<>(Map.of("composing", true, "templateId", "", "step", "send",
                "subject", "Even bijpraten", "body", "Hoi {first_name}, bel je me terug?"));

        session.post("/app/candidates/" + application.candidate.id + "/message", form).then().statusCode(303);

        String email = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).email());
        assertTrue(SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).get(0)).contains("Hoi Derya, bel je me terug?"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> session.get("/app/candidates/" + application.candidate.id).asString().contains("(verstuurd)"));
        session.get("/app/candidates/" + application.candidate.id).then()
                .body(containsString("Mail: Even bijpraten"))
                .body(containsString("(verstuurd)"))
                .body(containsString("door " + recruiter.displayName));
    }

    @Test
    void refusesFreeTextWithAnUnknownPlaceholderOrWithoutText() {
        Application application = anApplication().to(aVacancy().published().persist()).persist();
        WebSession session = WebSession.as(TestUsers.recruiter());

        session.post("/app/candidates/" + application.candidate.id + "/message", Map.of("composing", true, "templateId", "",
                "step", "send", "subject", "Hallo", "body", "Hoi {naam}")).then().statusCode(400)
                .body(containsString("Onbekende plaatshouder {naam} op regel 1, kolom 5."));
        session.post("/app/candidates/" + application.candidate.id + "/message", Map.of("composing", true, "templateId", "",
                "step", "send", "subject", "", "body", "")).then().statusCode(400)
                .body(containsString("Vul een onderwerp in."))
                .body(containsString("Schrijf het bericht."));
        assertEquals(0L, mailsTo(application));
    }

    @Test
    void refusesAMessageAboutAWithdrawnApplication() {
        Application withdrawn = anApplication().to(aVacancy().published().persist()).by("Gijs Prins")
                .ended(ApplicationStatus.WITHDRAWN).persist();
        WebSession session = WebSession.as(TestUsers.recruiter());

        session.get("/app/candidates/" + withdrawn.candidate.id + "/message").then().statusCode(200)
                .body(containsString("Gijs Prins heeft deze sollicitatie ingetrokken."))
                .body(not(containsString("value=\"send\"")));
        session.post("/app/candidates/" + withdrawn.candidate.id + "/message", Map.of("composing", true, "templateId", template(),
                "step", "send")).then().statusCode(409)
                .body(containsString("Gijs Prins heeft deze sollicitatie ingetrokken."));
        assertEquals(0L, mailsTo(withdrawn));
    }

    @Test
    void sendsEachTickedCandidateTheirOwnMailAndSkipsWithdrawnAndErased() {
        Vacancy vacancy = aVacancy().titled("Klantenservice Breda").published().persist();
        List<Application> active = List.of(anApplication().to(vacancy).by("Bas Kok").persist(),
                anApplication().to(vacancy).by("Hatice Demir").persist(), anApplication().to(vacancy).by("Jelle Vos").persist());
        Application withdrawn = anApplication().to(vacancy).by("Lieke Post").ended(ApplicationStatus.WITHDRAWN).persist();
        Application erased = anApplication().to(vacancy).by("Ouassim Tahiri").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post("/app/candidates/" + erased.candidate.id + "/erase", Map.of("confirm", true)).then().statusCode(303);
        List<Long> ids = List.of(active.get(0).id, active.get(1).id, active.get(2).id, withdrawn.id, erased.id);
        long template = template();
        String path = "/app/vacancies/" + vacancy.id + "/board/message";

        recruiter.post(path, Map.of("ids", ids, "action", "move", "templateId", template)).then().statusCode(200)
                .body(containsString("Bericht aan 3 kandidaten"))
                .body(containsString("2 kandidaten overgeslagen"))
                .body(containsString("Zo leest Bas Kok het (1 van 3)"))
                .body(containsString("Beste Bas,"));
        recruiter.post(path, Map.of("ids", ids, "composing", true, "templateId", template, "at", 1)).then().statusCode(200)
                .body(containsString("Zo leest Hatice Demir het (2 van 3)"))
                .body(containsString("Beste Hatice,"));
        recruiter.post(path, Map.of("ids", ids, "composing", true, "templateId", template, "step", "send")).then().statusCode(303);

        recruiter.get("/app/vacancies/" + vacancy.id + "/board").then()
                .body(containsString("3 berichten staan klaar"))
                .body(containsString("2 kandidaten overgeslagen"));
        for (Application application : active) {
            String email = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).email());
            List<MimeMessage> mails = SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30));
            assertEquals(1, mails.size());
            String first = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).fullName())
                    .split(" ")[0];
            assertTrue(SmtpServer.text(mails.get(0)).contains("Beste " + first + ","));
        }
        assertEquals(0L, mailsTo(withdrawn));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list("candidateId in ?1 and kind = ?2",
                active.stream().map(a -> a.candidate.id).toList(), MessageMails.KIND).stream().map(m -> m.replyTo).distinct().count()),
                "each mail starts its own conversation");
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateMessage.count("applicationId in ?1", ids)));
    }

    @Test
    void aHiringManagerWritesOnlyWithinTheirOwnVacancies() {
        AppUser own = TestUsers.hiringManager();
        AppUser other = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(own).persist();
        Application application = anApplication().to(vacancy).by("Yara Haddad").persist();
        long template = template();
        Map<String, Object> send = Map.of("composing", true, "templateId", template, "step", "send");

        WebSession.as(other).get("/app/candidates/" + application.candidate.id + "/message").then().statusCode(403);
        WebSession.as(other).post("/app/candidates/" + application.candidate.id + "/message", send).then().statusCode(403);
        WebSession.as(other).post("/app/vacancies/" + vacancy.id + "/board/message",
                Map.of("ids", List.of(application.id), "composing", true, "templateId", template, "step", "send")).then().statusCode(403);
        assertEquals(0L, mailsTo(application));

        WebSession.as(own).post("/app/candidates/" + application.candidate.id + "/message", send).then().statusCode(303);
        assertEquals(1L, mailsTo(application));
        WebSession.as(own).get("/app/candidates/" + application.candidate.id).then().statusCode(200)
                .body(containsString("Mail: Gesprek over " + vacancy.title));
    }

    @Test
    void aMergeMovesTheMessagesToTheCandidateKept() {
        Vacancy vacancy = aVacancy().published().persist();
        Application duplicate = anApplication().to(vacancy).by("Emma Peeters").persist();
        Application kept = anApplication().to(vacancy).by("Emma Peeters").persist();
        WebSession.as(TestUsers.recruiter()).post("/app/candidates/" + duplicate.candidate.id + "/message",
                Map.of("composing", true, "templateId", template(), "step", "send")).then().statusCode(303);

        QuarkusTransaction.requiringNew().run(() -> privacy.merge(duplicate.candidate.id, kept.candidate.id));

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateMessage.count("candidate.id", duplicate.candidate.id)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> CandidateMessage.count("candidate.id", kept.candidate.id)));
    }

    private static long mailsTo(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("candidateId = ?1 and kind = ?2",
                application.candidate.id, MessageMails.KIND));
    }
}
