package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.Applicant;
import nl.werving.support.TestClock;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class StatusPageTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static Application applicationOf(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> find("candidate.emailKey", Candidate.emailKey(applicant.email)).singleResult());
    }

    @Test
    void candidateWithdrawsAndTheRetentionClockStarts() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applicant.applyAndReadStatusToken(vacancy.slug);
        long id = applicationOf(applicant).id;

        applicant.session().post("/status/" + token + "/applications/" + id + "/withdraw").then().statusCode(303);

        Application withdrawn = applicationOf(applicant);
        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.status);
        assertNotNull(withdrawn.endedAt);
        applicant.session().get("/status/" + token).then().statusCode(200)
                .body(containsString("Je sollicitatie is ingetrokken."))
                .body(containsString("Ingetrokken"))
                .body(not(containsString("/withdraw\"")));
    }

    @Test
    void aForgedOrWrongLinkOpensNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant owner = anApplicant();
        owner.applyAndReadStatusToken(vacancy.slug);
        Applicant other = anApplicant();
        String otherToken = other.applyAndReadStatusToken(vacancy.slug);

        other.session().get("/status/" + "A".repeat(43)).then().statusCode(404);
        other.session().post("/status/" + otherToken + "/applications/" + applicationOf(owner).id + "/withdraw").then().statusCode(404);
        assertEquals(ApplicationStatus.ACTIVE, applicationOf(owner).status, "nobody withdraws someone else's application");
    }

    @Test
    void anExpiredLinkOpensNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applicant.applyAndReadStatusToken(vacancy.slug);

        TestClock.set(Instant.now().plus(Duration.ofDays(181)));

        applicant.session().get("/status/" + token).then().statusCode(404).body(containsString("Pagina niet gevonden"));
    }
}
