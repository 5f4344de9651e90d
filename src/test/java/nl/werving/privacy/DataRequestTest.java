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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** A request by mail is recorded with its one-month deadline and closed by the export or erasure that answers it. */
@QuarkusTest
class DataRequestTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static List<DataRequest> requestsOf(long candidateId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.<DataRequest> list("candidate.id", candidateId));
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }

    @Test
    void aRequestByMailIsDueAMonthAfterItCameInAndTheExportClosesIt() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Lieke Smulders").persist();
        long candidateId = application.candidate.id;
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        LocalDate received = today().minusDays(3);

        recruiter.post("/app/data-requests", Map.of("candidateId", candidateId, "kind", "EXPORT", "receivedOn", received.toString()))
                .then().statusCode(303).header("Location", containsString("/app/candidates/" + candidateId + "#rights"));

        DataRequest request = requestsOf(candidateId).get(0);
        assertEquals(RequestKind.EXPORT, request.kind);
        assertEquals(received.plusMonths(1), request.dueOn);
        assertNull(request.completedAt);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and entityId = ?2",
                AuditAction.DATA_REQUEST_RECORDED, candidateId)));
        recruiter.get("/app/data-requests").then().statusCode(200)
                .body(containsString("Lieke Smulders")).body(containsString("Kopie van de gegevens"))
                .body(containsString("nog " + (received.plusMonths(1).toEpochDay() - today().toEpochDay()) + " dagen"));
        recruiter.get("/app/candidates/" + candidateId).then().statusCode(200).body(containsString("Kopie van de gegevens: uiterlijk"));

        recruiter.get("/app/candidates/" + candidateId + "/export").then().statusCode(200);

        DataRequest handled = requestsOf(candidateId).get(0);
        assertNotNull(handled.completedAt);
        assertEquals(recruiterUser.id, handled.completedBy);
        recruiter.get("/app/data-requests").then().statusCode(200).body(containsString("op tijd"));
    }

    @Test
    void anOverdueRequestStandsOutAndAnErasureClosesItWithoutNamingThePerson() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Gijs Overbeek").persist();
        long candidateId = application.candidate.id;
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        recruiter.post("/app/data-requests", Map.of("candidateId", candidateId, "kind", "ERASURE", "receivedOn", today().toString()))
                .then().statusCode(303);
        long requestId = requestsOf(candidateId).get(0).id;

        TestClock.set(Instant.now().plus(Duration.ofDays(40)));
        // Weeks later the recruiter logs in again (a login lasts twelve hours at most).
        recruiter = WebSession.as(recruiterUser);
        recruiter.get("/app/data-requests").then().statusCode(200).body(containsString("dagen te laat"));

        recruiter.post("/app/candidates/" + candidateId + "/erase", Map.of("confirm", "true")).then().statusCode(303);

        DataRequest settled = QuarkusTransaction.requiringNew().call(() -> DataRequest.<DataRequest> findById(requestId));
        assertNull(settled.candidate, "the link to the person is cut");
        assertNotNull(settled.completedAt);
        recruiter.get("/app/data-requests").then().statusCode(200)
                .body(containsString("Kandidaat verwijderd")).body(containsString("te laat"))
                .body(not(containsString("Gijs Overbeek")));
    }

    @Test
    void aRequestWithoutKindOrWithAFutureDateIsNotRecorded() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        long candidateId = application.candidate.id;
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/data-requests", Map.of("candidateId", candidateId, "kind", "ANYTHING", "receivedOn", today().toString()))
                .then().statusCode(303);
        recruiter.get("/app/candidates/" + candidateId).then().statusCode(200)
                .body(containsString("Kies of de kandidaat om een kopie of om verwijdering vraagt"));
        String inTwoDays = today().plusDays(2).toString();
        recruiter.post("/app/data-requests", Map.of("candidateId", candidateId, "kind", "EXPORT", "receivedOn", inTwoDays))
                .then().statusCode(303);
        recruiter.get("/app/candidates/" + candidateId).then().statusCode(200).body(containsString("die ligt niet in de toekomst"));
        recruiter.post("/app/data-requests", Map.of("candidateId", candidateId, "kind", "EXPORT", "receivedOn", "gisteren"))
                .then().statusCode(303);
        recruiter.get("/app/candidates/" + candidateId).then().statusCode(200).body(containsString("die ligt niet in de toekomst"));

        assertEquals(0, requestsOf(candidateId).size());
        recruiter.post("/app/data-requests", Map.of("candidateId", 999_999_999L, "kind", "EXPORT", "receivedOn", today().toString()))
                .then().statusCode(404);
    }
}
