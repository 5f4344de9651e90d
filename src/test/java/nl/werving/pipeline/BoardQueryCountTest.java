package nl.werving.pipeline;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import nl.werving.vacancy.Vacancy;

/** A board's number of SQL statements does not grow with the number of candidates on it. */
@QuarkusTest
class BoardQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** Paused while counting: Hibernate's statistics are global, and the mail sender queries too. */
    @Inject
    Scheduler scheduler;

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

        scheduler.pause();
        try {
            assertEquals(statementsFor(recruiter, few), statementsFor(recruiter, many), "SQL statements for 3 and for 40 candidates");
        } finally {
            scheduler.resume();
        }
    }

    private long statementsFor(WebSession session, Vacancy vacancy) {
        String path = "/app/vacancies/" + vacancy.id + "/board";
        session.get(path).then().statusCode(200);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        session.get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
