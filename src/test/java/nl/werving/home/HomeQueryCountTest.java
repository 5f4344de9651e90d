package nl.werving.home;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.interview.Interview;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The home page's number of SQL statements does not grow with the rows it lists. */
@QuarkusTest
class HomeQueryCountTest {

    @Inject
    SqlStatements statements;

    @Test
    void homeQueriesStayFlatAsRowsGrow() {
        AppUser few = managerWithWaiting(1);
        AppUser many = managerWithWaiting(12);
        WebSession fewSession = WebSession.as(few);
        WebSession manySession = WebSession.as(many);
        // The logins are recorded asynchronously; their inserts must not land while statements are counted.
        TestUsers.awaitLoginRecorded(few);
        TestUsers.awaitLoginRecorded(many);

        assertEquals(statements.forPage(fewSession, "/app"), statements.forPage(manySession, "/app"),
                "SQL statements for 1 and for 12 waiting candidates");
    }

    @Test
    void aRecruitersHomeStaysFlatAsScorecardsOwedByOthersGrow() {
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        TestUsers.awaitLoginRecorded(recruiterUser);
        endedWithoutScorecards(recruiter, 1);
        long few = statements.forPage(recruiter, "/app");

        endedWithoutScorecards(recruiter, 12);

        assertEquals(few, statements.forPage(recruiter, "/app"), "SQL statements for 1 and for 13 scorecards still owed");
    }

    /** Interviews that ended yesterday, each with two interviewers who have not submitted. */
    private static void endedWithoutScorecards(WebSession recruiter, int count) {
        Vacancy vacancy = aVacancy().published().persist();
        for (int i = 0; i < count; i++) {
            Interview interview = TestInterviews.plan(recruiter, anApplication().to(vacancy).persist(),
                    List.of(TestUsers.hiringManager(), TestUsers.hiringManager()));
            HomePageTest.startingAt(interview, Instant.now().minus(Duration.ofDays(1)));
        }
    }

    private static AppUser managerWithWaiting(int count) {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().published().managedBy(manager).persist();
        for (int i = 0; i < count; i++) {
            HomePageTest.waitingSince(anApplication().to(vacancy).inStage(i % 3).persist(), 20 + i);
        }
        return manager;
    }
}
