package nl.werving.automation;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The planned actions on the board's cards come in one query: the statement count does not grow with the cards. */
@QuarkusTest
class PendingActionsQueryCountTest {

    @Inject
    SqlStatements statements;

    @Test
    void boardWithPlannedActionsStaysFlat() {
        Vacancy few = withPlannedActions(3);
        Vacancy many = withPlannedActions(40);
        AppUser user = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(user);
        TestUsers.awaitLoginRecorded(user);

        assertTrue(recruiter.get("/app/vacancies/" + many.id + "/board").asString().contains("2 geplande acties"));
        assertEquals(statements.forPage(recruiter, "/app/vacancies/" + few.id + "/board"),
                statements.forPage(recruiter, "/app/vacancies/" + many.id + "/board"), "SQL statements for 3 and for 40 cards");
    }

    /** A vacancy whose applications each wait for two actions of the automations of their stage. */
    private static Vacancy withPlannedActions(int cards) {
        Vacancy vacancy = aVacancy().published().persist();
        List<Stage> stages = stagesOf(vacancy);
        for (int i = 0; i < cards; i++) {
            Application application = anApplication().to(vacancy).inStage(i % 4).persist();
            QuarkusTransaction.requiringNew().run(() -> {
                Application found = Application.findById(application.id);
                for (AutomationAction action : List.of(AutomationAction.ASK_REFEREES, AutomationAction.SEND_BOOKING_LINK)) {
                    StageAutomation automation = new StageAutomation();
                    automation.stage = Stage.findById(stages.get(0).id);
                    automation.action = action;
                    automation.delayKind = AutomationDelay.NEXT_WORKING_DAY;
                    automation.updatedAt = Instant.now();
                    automation.persist();
                    ScheduledAction planned = new ScheduledAction();
                    planned.applicationId = found.id;
                    planned.automation = automation;
                    planned.stageId = found.stage.id;
                    planned.stageEnteredAt = found.stageEnteredAt;
                    planned.dueAt = Instant.now().plusSeconds(86_400);
                    planned.status = ScheduledActionStatus.PENDING;
                    planned.createdAt = Instant.now();
                    planned.persist();
                }
            });
        }
        return vacancy;
    }
}
