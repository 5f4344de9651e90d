package nl.werving.vacancy;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** The list page's number of SQL statements does not grow with the number of vacancies on it. */
@QuarkusTest
class VacancyListQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** Paused while counting: Hibernate's statistics are global, and the mail sender queries too. */
    @Inject
    Scheduler scheduler;

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

        scheduler.pause();
        long withFew;
        long withMany;
        try {
            withFew = statementsFor(recruiter, "/app/vacancies?q=" + few);
            withMany = statementsFor(recruiter, "/app/vacancies?q=" + many);
        } finally {
            scheduler.resume();
        }

        assertEquals(withFew, withMany, "SQL statements for 2 rows and for 18 rows");
    }

    private long statementsFor(WebSession session, String path) {
        session.get(path).then().statusCode(200);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        session.get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
