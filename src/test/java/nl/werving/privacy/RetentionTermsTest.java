package nl.werving.privacy;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.personaldata.Retention;
import nl.werving.personaldata.RetentionPolicy;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The admin sets the retention terms on the privacy page; the purge and the privacy notice follow at once. */
@QuarkusTest
class RetentionTermsTest {

    @Inject
    Purge purge;

    @AfterEach
    void backToTheDefaults() {
        TestClock.reset();
        QuarkusTransaction.requiringNew().run(() -> RetentionPolicy.deleteAll());
    }

    /** What the admin's form sends when it was opened on the default terms. */
    private static Response setTerms(WebSession admin, int retentionDays, int talentPoolMonths) {
        return admin.post("/app/privacy/terms", Map.of("retentionDays", retentionDays, "talentPoolMonths", talentPoolMonths,
                "version", Retention.DEFAULTS));
    }

    @Test
    void shorterTermsApplyToThePurgeAndThePrivacyNotice() {
        Vacancy vacancy = aVacancy().published().persist();
        Application rejected = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        Instant day15 = Instant.now().plus(Duration.ofDays(15));
        assertFalse(purge.eligible(day15, 100_000).contains(rejected.candidate.id), "28 days by default");
        WebSession admin = WebSession.as(TestUsers.admin());
        admin.get("/app/privacy").then().statusCode(200).body(containsString("standaardtermijnen uit de configuratie"));

        setTerms(admin, 14, 6).then().statusCode(303);

        assertTrue(purge.eligible(day15, 100_000).contains(rejected.candidate.id), "14 days once the admin says so");
        RetentionPolicy policy = QuarkusTransaction.requiringNew().call(() -> RetentionPolicy.findById(RetentionPolicy.ID));
        assertEquals(14, policy.retentionDays);
        assertEquals(6, policy.talentPoolMonths);
        WebSession.anonymous().get("/privacy").then().statusCode(200)
                .body(containsString("14 dagen na het einde van de procedure")).body(containsString("6 maanden"));
        admin.get("/app/privacy").then().statusCode(200).body(containsString("Ingesteld door"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", AuditAction.RETENTION_CHANGED)) >= 1);
    }

    @Test
    void termsOutsideTheRangeComeBackWithTheMessageAndNothingChanges() {
        WebSession admin = WebSession.as(TestUsers.admin());

        setTerms(admin, 0, 30).then().statusCode(400)
                .body(containsString("Vul een bewaartermijn van 1 tot 365 dagen in."))
                .body(containsString("id=\"f-retentionDays-error\""))
                .body(containsString("Vul een termijn van 1 tot 24 maanden in."));

        assertNull(QuarkusTransaction.requiringNew().call(() -> RetentionPolicy.findById(RetentionPolicy.ID)));
    }

    @Test
    void aSecondAdminWorkingOnAnOldPageDoesNotOverwriteTheFirst() {
        WebSession first = WebSession.as(TestUsers.admin());
        WebSession second = WebSession.as(TestUsers.admin());
        setTerms(first, 21, 12).then().statusCode(303);

        setTerms(second, 60, 12).then().statusCode(303);
        second.get("/app/privacy").then().statusCode(200)
                .body(containsString("Een andere beheerder heeft de termijnen intussen gewijzigd"));

        RetentionPolicy kept = QuarkusTransaction.requiringNew().call(() -> RetentionPolicy.findById(RetentionPolicy.ID));
        assertEquals(21, kept.retentionDays);
    }
}
