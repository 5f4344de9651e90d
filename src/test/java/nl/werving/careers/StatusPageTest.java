package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.Applicant;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class StatusPageTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** Applies and returns the token from the confirmation mail. */
    private static String applyAndReadLink(Applicant applicant, Vacancy vacancy) {
        applicant.applyTo(vacancy.slug).then().statusCode(303);
        String text = SmtpServer.text(SmtpServer.awaitMessagesTo(applicant.email, 1, Duration.ofSeconds(20)).get(0));
        Matcher link = ApplyFlowTest.STATUS_LINK.matcher(text);
        link.find();
        return link.group(1);
    }

    private static Application applicationOf(Applicant applicant) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application> find("candidate.emailKey", applicant.email).singleResult());
    }

    @Test
    void candidateWithdrawsAndTheRetentionClockStarts() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applyAndReadLink(applicant, vacancy);
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
        applyAndReadLink(owner, vacancy);
        Applicant other = anApplicant();
        String otherToken = applyAndReadLink(other, vacancy);

        other.session().get("/status/" + "A".repeat(43)).then().statusCode(404);
        other.session().post("/status/" + otherToken + "/applications/" + applicationOf(owner).id + "/withdraw").then().statusCode(404);
        assertEquals(ApplicationStatus.ACTIVE, applicationOf(owner).status, "nobody withdraws someone else's application");
    }

    @Test
    void anExpiredLinkOpensNothing() {
        Vacancy vacancy = aVacancy().published().persist();
        Applicant applicant = anApplicant();
        String token = applyAndReadLink(applicant, vacancy);

        TestClock.set(Instant.now().plus(Duration.ofDays(181)));

        applicant.session().get("/status/" + token).then().statusCode(404).body(containsString("Pagina niet gevonden"));
    }
}
