package nl.werving.privacy;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.talentPoolConsent;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.TestClock;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** A month before a talent-pool consent runs out the candidate is asked, once, to renew or withdraw it. */
@QuarkusTest
class ConsentRenewalTest {

    private static final Pattern LINK = Pattern.compile("/consent/([A-Za-z0-9_-]{43})");

    @Inject
    ConsentRenewal renewal;

    @Inject
    Purge purge;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static Application pooled(Instant consentGiven) {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        talentPoolConsent(application, consentGiven);
        return application;
    }

    static List<OutboxMail> renewalMails(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list("candidateId = ?1 and kind = 'consent-renewal'",
                application.candidate.id));
    }

    @Test
    void theQuestionGoesOutOnDay335OnceAndRenewingKeepsTheCandidate() {
        Instant given = Instant.now();
        Application application = pooled(given);

        TestClock.set(given.plus(Duration.ofDays(334)));
        renewal.askDue();
        assertEquals(0, renewalMails(application).size(), "day 334: not yet");

        TestClock.set(given.plus(Duration.ofDays(336)));
        renewal.askDue();
        renewal.askDue();
        List<OutboxMail> mails = renewalMails(application);
        assertEquals(1, mails.size(), "day 335: asked, and only once");
        Matcher link = LINK.matcher(open(mails.get(0)).text());
        assertTrue(link.find());
        String token = link.group(1);

        WebSession candidate = WebSession.anonymous();
        candidate.get("/consent/" + token).then().statusCode(200).body(containsString("Ja, ik blijf in de talentpool"));
        candidate.post("/consent/" + token + "/renew").then().statusCode(200).body(containsString("Je blijft in de talentpool"));

        TestClock.set(given.plus(Duration.ofDays(370)));
        purge.run("test");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(application.candidate.id)),
                "renewed on day 336: kept past the first term");
        candidate.get("/consent/" + "B".repeat(43)).then().statusCode(404);
    }

    @Test
    void withdrawingFromTheMailLetsThePurgeTakeTheCandidate() {
        Instant given = Instant.now();
        Application application = pooled(given);
        TestClock.set(given.plus(Duration.ofDays(340)));
        renewal.askDue();
        Matcher link = LINK.matcher(open(renewalMails(application).get(0)).text());
        assertTrue(link.find());

        WebSession.anonymous().post("/consent/" + link.group(1) + "/withdraw").then().statusCode(200)
                .body(containsString("Je toestemming is ingetrokken"));
        purge.run("test");

        assertFalse(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(application.candidate.id) != null));
    }
}
