package nl.werving.vacancy;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** The list page's number of SQL statements does not grow with the number of vacancies on it. */
@QuarkusTest
class VacancyListQueryCountTest {

    @Inject
    SqlStatements statements;

    @Test
    void listQueriesStayFlatAsRowsGrow() {
        AppUser manager = TestUsers.hiringManager();
        AppUser user = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(user);
        // The login is recorded asynchronously; its insert must not land while statements are counted.
        TestUsers.awaitLoginRecorded(user);
        String few = UUID.randomUUID().toString().substring(0, 8);
        String many = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            aVacancy().titled("Weinig " + few + " " + i).managedBy(manager).persist();
        }
        for (int i = 0; i < 18; i++) {
            aVacancy().titled("Veel " + many + " " + i).managedBy(TestUsers.hiringManager()).persist();
        }

        assertEquals(statements.forPage(recruiter, "/app/vacancies?q=" + few),
                statements.forPage(recruiter, "/app/vacancies?q=" + many), "SQL statements for 2 rows and for 18 rows");
    }
}
