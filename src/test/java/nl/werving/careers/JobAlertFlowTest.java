package nl.werving.careers;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.mail.OutboxMail;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Language;

/** Job alerts: subscribe, confirm by mail, get new matching vacancies once, unsubscribe from the link in every mail; expiry. */
@QuarkusTest
class JobAlertFlowTest {

    static final Pattern CONFIRM_LINK = Pattern.compile("/jobs/alerts/confirm/[A-Za-z0-9_-]+");
    static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("/jobs/alerts/unsubscribe/[A-Za-z0-9_-]+");

    @Inject
    JobAlerts alerts;

    @Inject
    JobAlertPrivacy privacy;

    @Inject
    nl.werving.privacy.CandidateRights rights;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long alertsFor(String email) {
        return QuarkusTransaction.requiringNew().call(() -> JobAlert.count("lower(email)", email.toLowerCase(Locale.ROOT)));
    }

    private static long outboxMailsTo(String email) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey", OutboxMail.keyOf(email)));
    }

    private static String link(Pattern pattern, String mail) {
        Matcher m = pattern.matcher(mail);
        assertTrue(m.find(), mail);
        return m.group();
    }

    @Test
    void subscribeConfirmReceiveOnceAndUnsubscribe() {
        String marker = marker();
        String email = "sanne.visser." + marker + "@voorbeeld.nl";
        aVacancy().titled("Oud " + marker).published().persist();
        WebSession visitor = WebSession.anonymous().language("en");

        visitor.get("/jobs?q=" + marker).then().statusCode(200).body(containsString("/jobs/alerts?q=" + marker));
        visitor.get("/jobs/alerts?q=" + marker + "&noWeekend=true").then().statusCode(200)
                .body(containsString("value=\"" + marker + "\"")).body(containsString("<option value=\"en\" lang=\"en\" selected>"));
        // Every criterion the list passed on is a field the visitor sees and can change, none hidden.
        visitor.get("/jobs/alerts?contract=AGENCY&language=FR").then().statusCode(200)
                .body(containsString("<label for=\"f-contract\"")).body(containsString("<option value=\"AGENCY\" selected>"))
                .body(containsString("<label for=\"f-workLanguage\"")).body(containsString("<option value=\"FR\" selected>"))
                .body(not(containsString("type=\"hidden\" name=\"contract\"")));
        visitor.post("/jobs/alerts", Map.of("email", email, "language", "en", "q", marker, "noWeekend", "true"))
                .then().statusCode(303).header("Location", containsString("/jobs/alerts/sent"));
        visitor.get("/jobs/alerts/sent").then().statusCode(200).body(containsString("Check your email"));

        String confirmMail = SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).get(0));
        assertTrue(confirmMail.contains("Click the button to confirm"), confirmMail);
        String confirm = link(CONFIRM_LINK, confirmMail);
        link(UNSUBSCRIBE_LINK, confirmMail);

        // Nothing but the confirmation until it is confirmed, even when a matching vacancy comes.
        aVacancy().titled("Voor bevestiging " + marker).publishedAt(Instant.now().plusSeconds(1)).published().persist();
        alerts.sendAlerts();
        assertEquals(1, outboxMailsTo(email));

        visitor.get(confirm).then().statusCode(200).body(containsString(email)).body(containsString("Yes, send me new jobs"));
        visitor.post(confirm, Map.of()).then().statusCode(303).header("Location", containsString("/jobs/alerts/confirmed"));
        JobAlert confirmed = QuarkusTransaction.requiringNew().call(() -> JobAlert.<JobAlert> find("email", email).firstResult());
        assertNotNull(confirmed.consentedAt);
        assertEquals(JobAlerts.CONSENT_TEXT_VERSION, confirmed.consentTextVersion);
        visitor.post(confirm, Map.of()).then().statusCode(404).body(containsString("This link does not work"));

        // Whole seconds: a fixed clock with nanoseconds could fall a rounded microsecond short of the mail's send time.
        Instant later = Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        aVacancy().titled("Nieuw " + marker).translated(Language.EN, "New job " + marker, "Help customers")
                .published().publishedAt(later).persist();
        aVacancy().titled("Weekendwerk " + marker).withWeekendWork().published().publishedAt(later).persist();
        aVacancy().titled("Ander werk").published().publishedAt(later).persist();
        TestClock.set(later.plusSeconds(60));
        assertTrue(alerts.sendAlerts() >= 1);
        assertEquals(2, outboxMailsTo(email), "the alert is queued");

        String alertMail = SmtpServer.text(SmtpServer.awaitMessagesTo(email, 2, Duration.ofSeconds(20)).get(1));
        assertTrue(alertMail.contains("New job " + marker), alertMail);
        assertFalse(alertMail.contains("Weekendwerk " + marker), "the subscriber asked for no weekends");
        assertFalse(alertMail.contains("Oud " + marker), "published before the subscription");
        assertFalse(alertMail.contains("Voor bevestiging " + marker), "published before the confirmation");
        String unsubscribe = link(UNSUBSCRIBE_LINK, alertMail);

        TestClock.set(later.plusSeconds(3600));
        alerts.sendAlerts();
        assertEquals(2, outboxMailsTo(email), "each vacancy once");

        WebSession reader = WebSession.anonymous().language("fr");
        reader.get(unsubscribe).then().statusCode(200).body(containsString(email)).body(containsString("Oui, me désinscrire"));
        assertEquals(1, alertsFor(email), "opening the link, as a mail scanner does, ends nothing");
        reader.post(unsubscribe, Map.of()).then().statusCode(200).body(containsString("Vous êtes désinscrit"));
        assertEquals(0, alertsFor(email));
        assertEquals(0, outboxMailsTo(email));
        WebSession.anonymous().get(unsubscribe).then().statusCode(404).body(containsString("Deze link werkt niet"));
    }

    @Test
    void aSecondSignUpWhileTheFirstWaitsForConfirmationSendsNothing() {
        String email = "Joris.Hendrickx." + marker() + "@voorbeeld.be";
        WebSession visitor = WebSession.anonymous();
        visitor.post("/jobs/alerts", Map.of("email", email, "language", "nl")).then().statusCode(303);
        visitor.post("/jobs/alerts", Map.of("email", email.toLowerCase(Locale.ROOT), "language", "nl")).then().statusCode(303)
                .header("Location", containsString("/jobs/alerts/sent"));

        assertEquals(1, alertsFor(email));
        assertEquals(1, outboxMailsTo(email), "one confirmation mail, however often the form is sent");
    }

    @Test
    void badInputGetsAMessageBesideTheFieldNeverAServerError() {
        WebSession visitor = WebSession.anonymous().language("fr");
        visitor.post("/jobs/alerts", Map.of("email", "geen-adres", "language", "de", "q", "chat"))
                .then().statusCode(400)
                .body(containsString("id=\"f-email-error\""))
                .body(containsString("Saisissez une adresse e-mail valide"))
                .body(containsString("id=\"f-language-error\""))
                .body(containsString("Choisissez néerlandais, anglais ou français."))
                .body(containsString("value=\"chat\""));
        visitor.post("/jobs/alerts", Map.of("email", "a@voorbeeld.nl", "language", "nl", "q", "x".repeat(81)))
                .then().statusCode(400).body(containsString("id=\"f-q-error\""));

        visitor.get("/jobs/alerts/confirm/niet-echt").then().statusCode(404).body(containsString("Ce lien ne fonctionne pas"));
        visitor.post("/jobs/alerts/confirm/" + "x".repeat(500), Map.of()).then().statusCode(404);
        visitor.get("/jobs/alerts/unsubscribe/niet-echt").then().statusCode(404).body(containsString("Ce lien ne fonctionne pas"));
        visitor.post("/jobs/alerts/unsubscribe/niet-echt", Map.of()).then().statusCode(404);
    }

    @Test
    void anUnconfirmedSubscriptionExpiresAndIsPurgedWithItsMails() {
        String email = "jesse.smit." + marker() + "@voorbeeld.nl";
        WebSession visitor = WebSession.anonymous();
        visitor.post("/jobs/alerts", Map.of("email", email, "language", "nl")).then().statusCode(303);
        String confirm = link(CONFIRM_LINK, SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).get(0)));
        assertEquals(1, alertsFor(email));

        TestClock.set(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        visitor.get(confirm).then().statusCode(404).body(containsString("Deze link werkt niet"));
        assertTrue(privacy.forgetDeadLinks() >= 1);
        assertEquals(0, alertsFor(email));
        assertEquals(0, outboxMailsTo(email));
    }

    @Test
    void aCandidatesCopyListsTheirAlertsAndErasureDeletesThem() throws Exception {
        String email = "fatima.elamrani." + marker() + "@voorbeeld.nl";
        JobAlertForm form = new JobAlertForm();
        form.email = email;
        form.language = "fr";
        form.q = "chat";
        alerts.subscribe(form);
        String confirm = link(CONFIRM_LINK, SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).get(0)));
        assertTrue(alerts.confirm(confirm.substring(confirm.lastIndexOf('/') + 1)).isPresent());
        var application = nl.werving.support.TestApplications.anApplication().to(aVacancy().published().persist()).withEmail(email).persist();
        long candidateId = QuarkusTransaction.requiringNew()
                .call(() -> nl.werving.pipeline.Application.<nl.werving.pipeline.Application> findById(application.id).candidate.id);

        byte[] zip = rights.export(candidateId);
        try (var entries = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            String json = null;
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals("werving-gegevens.json")) {
                    json = new String(entries.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            assertNotNull(json);
            assertTrue(json.replaceAll("\\s", "").contains("\"jobAlerts\":[{\"email\":\"" + email + "\""), json);
            assertTrue(json.contains(JobAlerts.CONSENT_TEXT_VERSION));
        }

        rights.erase(candidateId);
        assertEquals(0, alertsFor(email));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxMail.count("recipientKey = ?1 and candidateId is null", OutboxMail.keyOf(email))));
    }
}
