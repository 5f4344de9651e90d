package nl.werving.pipeline;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** What a drag on the board answers, and how each refused move explains itself. */
@QuarkusTest
class BoardMoveTest {

    @Test
    void aDragAnswersWithTheCardAndTheCountsOfTheColumnsItLeftAndEntered() {
        Vacancy vacancy = aVacancy().published().persist();
        Application dragged = anApplication().to(vacancy).by("Noor Vermeer").persist();
        anApplication().to(vacancy).by("Sem de Wit").persist();
        anApplication().to(vacancy).by("Fenna Kuipers").inStage(2).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String token = recruiter.csrfToken();

        recruiter.request().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .formParam("toStageId", stages.get(1).id).formParam("fromStageId", stages.get(0).id)
                .formParam("version", dragged.version)
                .post("/app/applications/" + dragged.id + "/move")
                .then().statusCode(200)
                .body(containsString("id=\"card-" + dragged.id + "\""))
                .body(containsString("data-stage-id=\"" + stages.get(1).id + "\""))
                .body(containsString("Noor Vermeer"))
                .body(not(containsString("Sem de Wit")))
                .body(containsString("id=\"count-" + stages.get(0).id + "\" hx-swap-oob=\"true\">1<"))
                .body(containsString("id=\"count-" + stages.get(1).id + "\" hx-swap-oob=\"true\">1<"))
                .body(not(containsString("id=\"count-" + stages.get(2).id + "\"")));
    }

    @Test
    void aDragOnAFilteredBoardAnswersWithTheCountsOfTheCardsTheFilterShows() {
        Vacancy vacancy = aVacancy().published().persist();
        Application dragged = anApplication().to(vacancy).by("Noor Vermeer").from(SourceChannel.LINKEDIN).persist();
        anApplication().to(vacancy).by("Sem Vermeer").persist();
        anApplication().to(vacancy).by("Fenna Kuipers").from(SourceChannel.LINKEDIN).persist();
        anApplication().to(vacancy).by("Joris Kuipers").inStage(1).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String token = recruiter.csrfToken();

        recruiter.get("/app/vacancies/" + vacancy.id + "/board?q=vermeer&source=LINKEDIN").then().statusCode(200)
                .body(containsString("data-q=\"vermeer\"")).body(containsString("data-source=\"LINKEDIN\""));
        recruiter.request().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .formParam("toStageId", stages.get(1).id).formParam("fromStageId", stages.get(0).id)
                .formParam("version", dragged.version).formParam("q", "vermeer")
                .post("/app/applications/" + dragged.id + "/move")
                .then().statusCode(200)
                .body(containsString("id=\"count-" + stages.get(0).id + "\" hx-swap-oob=\"true\">1<"))
                .body(containsString("id=\"count-" + stages.get(1).id + "\" hx-swap-oob=\"true\">1<"));
        recruiter.request().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .formParam("toStageId", stages.get(0).id).formParam("fromStageId", stages.get(1).id)
                .formParam("version", TestApplications.reload(dragged.id).version).formParam("source", "LINKEDIN")
                .post("/app/applications/" + dragged.id + "/move")
                .then().statusCode(200)
                .body(containsString("id=\"count-" + stages.get(0).id + "\" hx-swap-oob=\"true\">2<"))
                .body(containsString("id=\"count-" + stages.get(1).id + "\" hx-swap-oob=\"true\">0<"));
    }

    @Test
    void aMoveToAStageOfAnotherVacancySaysSo() {
        Vacancy vacancy = aVacancy().published().persist();
        Vacancy other = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        Stage foreign = TestApplications.stagesOf(other).get(1);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String board = "/app/vacancies/" + vacancy.id + "/board";

        recruiter.post("/app/applications/" + application.id + "/move", Map.of("toStageId", foreign.id, "version", application.version,
                "returnTo", board)).then().statusCode(303);

        recruiter.get(board).then().body(containsString("Deze fase hoort niet bij de vacature van deze kandidaat"))
                .body(not(containsString("Iemand anders heeft deze kandidaat intussen verplaatst")));
    }

    @Test
    void movingAnEndedApplicationSaysItHasEnded() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String token = recruiter.csrfToken();

        recruiter.request().header("HX-Request", "true").header("X-CSRF-TOKEN", token)
                .formParam("toStageId", stages.get(1).id).formParam("fromStageId", stages.get(0).id)
                .formParam("version", application.version)
                .post("/app/applications/" + application.id + "/move")
                .then().statusCode(409)
                .body(containsString("Deze sollicitatie is al afgerond"))
                .body(not(containsString("id=\"card-" + application.id + "\"")));
    }
}
