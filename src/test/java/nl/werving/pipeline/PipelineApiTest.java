package nl.werving.pipeline;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.werving.identity.AppUser;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class PipelineApiTest {

    private static RequestSpecification as(AppUser user) {
        return given().auth().preemptive().basic(user.username, TestUsers.PASSWORD).contentType(ContentType.JSON);
    }

    @Test
    void listsStagesAndApplicationsByStage() {
        Vacancy vacancy = aVacancy().published().persist();
        anApplication().to(vacancy).persist();
        Application second = anApplication().to(vacancy).inStage(2).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        AppUser recruiter = TestUsers.recruiter();

        as(recruiter).get("/api/vacancies/" + vacancy.id + "/stages").then().statusCode(200)
                .body("", hasSize(8)).body("[0].name", equalTo("Nieuw")).body("[7].phase", equalTo("HIRED"))
                .body("[3].name", equalTo("Rollenspel")).body("[3].nameEn", equalTo("Role-play"))
                .body("[3].nameFr", equalTo("Jeu de rôle"));
        as(recruiter).get("/api/vacancies/" + vacancy.id + "/applications?stage=" + stages.get(2).id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(second.id.intValue())).body("[0].status", equalTo("ACTIVE"));
    }

    @Test
    void movesRejectsAndRefusesStaleVersions() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        AppUser recruiter = TestUsers.recruiter();
        String path = "/api/applications/" + application.id;

        as(recruiter).body(Map.of("toStageId", stages.get(1).id, "version", 0)).post(path + "/move").then().statusCode(200)
                .body("stageId", equalTo(stages.get(1).id.intValue())).body("version", equalTo(1));
        as(recruiter).body(Map.of("toStageId", stages.get(2).id, "version", 0)).post(path + "/move").then().statusCode(409)
                .body("code", equalTo("concurrent-edit"));
        as(recruiter).body(Map.of("toStageId", 987654, "version", 1)).post(path + "/move").then().statusCode(409)
                .body("code", equalTo("stage-invalid"));
        as(recruiter).body(Map.of("reasonId", 1, "version", 1)).post(path + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(recruiter).body(Map.of("version", 2)).post(path + "/hire").then().statusCode(409).body("code", equalTo("ended"));
        as(recruiter).body(Map.of()).post(path + "/move").then().statusCode(400);
        assertEquals(stages.get(1).id, TestApplications.reload(application.id).stage.id);
    }

    @Test
    void readsACandidateWithTheSameRulesAsThePage() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy own = aVacancy().published().managedBy(manager).persist();
        Application mine = anApplication().to(own).by("Api Kandidaat").persist();
        Application theirs = anApplication().to(aVacancy().published().persist()).persist();

        as(manager).get("/api/candidates/" + mine.candidate.id).then().statusCode(200)
                .body("fullName", equalTo("Api Kandidaat")).body("applications", hasSize(1));
        as(manager).get("/api/candidates/" + theirs.candidate.id).then().statusCode(403);
        as(manager).body(Map.of("toStageId", 1, "version", 0)).post("/api/applications/" + mine.id + "/move").then().statusCode(403);
    }
}
