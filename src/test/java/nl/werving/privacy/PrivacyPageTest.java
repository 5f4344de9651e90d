package nl.werving.privacy;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The admin previews the purge, runs it, and holds a candidate back. */
@QuarkusTest
class PrivacyPageTest {

    @Inject
    Purge purge;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aRunThatIsStillGoingShowsItsCountSoFarAndThePageReloads() {
        long runId = QuarkusTransaction.requiringNew().call(() -> {
            PurgeRun run = new PurgeRun();
            run.startedAt = Instant.now().plus(Duration.ofDays(3650));
            run.triggerKind = "admin";
            run.purged = 1234;
            run.progressAt = Instant.now();
            run.persist();
            return run.id;
        });
        try {
            WebSession.as(TestUsers.admin()).get("/app/privacy").then().statusCode(200)
                    .body(containsString("<meta http-equiv=\"refresh\" content=\"10\">"))
                    .body(containsString("loopt nog"))
                    .body(containsString("<td>1234</td>"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> PurgeRun.deleteById(runId));
        }
        WebSession.as(TestUsers.admin()).get("/app/privacy").then().statusCode(200)
                .body(not(containsString("http-equiv=\"refresh\"")));
    }

    @Test
    void aRunCutOffWithoutFinishingShowsAsInterrupted() {
        long runId = QuarkusTransaction.requiringNew().call(() -> {
            PurgeRun run = new PurgeRun();
            run.startedAt = Instant.now().plus(Duration.ofDays(3650));
            run.triggerKind = "schedule";
            run.purged = 500;
            run.progressAt = Instant.now().minus(Duration.ofHours(2));
            run.persist();
            return run.id;
        });
        try {
            WebSession.as(TestUsers.admin()).get("/app/privacy").then().statusCode(200)
                    .body(containsString("onderbroken; de volgende ronde neemt het over"))
                    .body(not(containsString("http-equiv=\"refresh\"")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> PurgeRun.deleteById(runId));
        }
    }

    @Test
    void theAdminSeesWhoWillBePurgedRunsItAndHoldsACandidateBack() {
        // The page previews the first 50 candidates due; those other tests left due by then would crowd this test's out.
        TestClock.set(Instant.now().plus(Duration.ofDays(30)));
        purge.run("test");
        TestClock.reset();
        Vacancy vacancy = aVacancy().published().persist();
        Application going = anApplication().to(vacancy).by("Wessel Vertrekt").ended(ApplicationStatus.REJECTED).persist();
        Application held = anApplication().to(vacancy).by("Hanna Blijft").ended(ApplicationStatus.REJECTED).persist();
        AppUser adminUser = TestUsers.admin();
        WebSession admin = WebSession.as(adminUser);

        admin.post("/app/privacy/holds", Map.of("candidateId", held.candidate.id, "reason", "")).then().statusCode(303);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LegalHold.count("candidate.id", held.candidate.id)));
        admin.post("/app/privacy/holds", Map.of("candidateId", held.candidate.id, "reason", "Klacht bij de geschillencommissie"))
                .then().statusCode(303);
        admin.get("/app/candidates/" + held.candidate.id).then().statusCode(200)
                .body(containsString("Deze kandidaat is geblokkeerd en wordt niet verwijderd."));

        TestClock.set(Instant.now().plus(Duration.ofDays(30)));
        // A month later the admin logs in again (a login lasts twelve hours at most).
        admin = WebSession.as(adminUser);
        admin.get("/app/privacy").then().statusCode(200)
                .body(containsString("Wessel Vertrekt"))
                .body(not(containsString("Hanna Blijft</a> <span class=\"wv-meta\">#")))
                .body(containsString("Klacht bij de geschillencommissie"));

        admin.post("/app/privacy/purge").then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(going.candidate.id)));
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(held.candidate.id)));
        admin.get("/app/privacy").then().statusCode(200).body(containsString("beheerder"));

        long hold = QuarkusTransaction.requiringNew().call(() -> LegalHold.<LegalHold> find("candidate.id", held.candidate.id)
                .singleResult().id);
        admin.post("/app/privacy/holds/" + hold + "/lift").then().statusCode(303);
        admin.post("/app/privacy/purge").then().statusCode(303);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Candidate.findById(held.candidate.id)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                AuditAction.LEGAL_HOLD_LIFTED, held.candidate.id)));
    }

    @Test
    void onlyAdminsManagePrivacy() {
        WebSession.as(TestUsers.recruiter()).get("/app/privacy").then().statusCode(403);
        WebSession.as(TestUsers.recruiter()).post("/app/privacy/purge").then().statusCode(403);
        WebSession.as(TestUsers.hiringManager()).get("/app/privacy").then().statusCode(403);
    }
}
