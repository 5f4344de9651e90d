package nl.werving.profile;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** A candidate profile's number of SQL statements does not grow with the candidate's applications, notes and tags. */
@QuarkusTest
class ProfileQueryCountTest {

    @Inject
    SqlStatements statements;

    @Test
    void profileQueriesStayFlatAsTheCandidatesHistoryGrows() {
        AppUser recruiter = TestUsers.recruiter();
        WebSession session = WebSession.as(recruiter);
        long small = candidateWith(session, 1, 1, 1);
        long large = candidateWith(session, 4, 6, 4);
        TestUsers.awaitLoginRecorded(recruiter);

        assertEquals(statements.forPage(session, "/app/candidates/" + small), statements.forPage(session, "/app/candidates/" + large),
                "SQL statements for a profile with 1 and with 4 applications, notes and tags");
    }

    /** A candidate with applications to as many vacancies, notes on the first and tags, added as a recruiter would. */
    private static long candidateWith(WebSession session, int applications, int notes, int tags) {
        Application first = anApplication().to(aVacancy().published().persist()).by("Mila Verstraeten").persist();
        for (int i = 1; i < applications; i++) {
            anApplication().to(aVacancy().published().persist()).sameCandidateAs(first).inStage(i % 3).persist();
        }
        long candidate = first.candidate.id;
        for (int i = 0; i < notes; i++) {
            session.post("/app/candidates/" + candidate + "/notes", Map.of("body", "Belde terug, notitie " + i, "applicationId", first.id))
                    .then().statusCode(303);
        }
        for (int i = 0; i < tags; i++) {
            session.post("/app/candidates/" + candidate + "/tags", Map.of("tag", "Beschikbaar " + i)).then().statusCode(303);
        }
        return candidate;
    }
}
