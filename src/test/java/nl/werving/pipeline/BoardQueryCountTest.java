package nl.werving.pipeline;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** A board's number of SQL statements does not grow with the number of candidates on it. */
@QuarkusTest
class BoardQueryCountTest {

    @Inject
    SqlStatements statements;

    @Test
    void boardQueriesStayFlatAsCandidatesGrow() {
        Vacancy few = aVacancy().published().persist();
        Vacancy many = aVacancy().published().persist();
        for (int i = 0; i < 3; i++) {
            anApplication().to(few).inStage(i % 4).persist();
        }
        for (int i = 0; i < 40; i++) {
            anApplication().to(many).inStage(i % 8).persist();
        }
        AppUser user = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(user);
        // The login is recorded asynchronously; its insert must not land while statements are counted.
        TestUsers.awaitLoginRecorded(user);

        assertEquals(statements.forPage(recruiter, board(few)), statements.forPage(recruiter, board(many)),
                "SQL statements for 3 and for 40 candidates");
    }

    private static String board(Vacancy vacancy) {
        return "/app/vacancies/" + vacancy.id + "/board";
    }
}
