package nl.werving.vacancy;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.werving.identity.AppUser;
import nl.werving.support.TestUsers;
import nl.werving.support.TestVacancies;

@QuarkusTest
class VacancyApiTest {

    private static RequestSpecification as(AppUser user) {
        return given().auth().preemptive().basic(user.username, TestUsers.PASSWORD).contentType(ContentType.JSON);
    }

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("city", "Gent");
        body.put("country", "BE");
        body.put("workModel", "ON_SITE");
        body.put("contractType", "AGENCY");
        body.put("openings", 3);
        body.put("hoursMin", 20);
        body.put("hoursMax", 30);
        body.put("languageFr", "B2");
        body.put("tasks", "Mails beantwoorden");
        body.put("mustHaves", "Frans");
        return body;
    }

    @Test
    void createsADraftAndReadsItBack() {
        AppUser recruiter = TestUsers.recruiter();

        int id = as(recruiter).body(body("API-vacature")).post("/api/vacancies")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("country", equalTo("BE"))
                .body("languages.FR", equalTo("B2"))
                .body("recruiter.id", equalTo(recruiter.id.intValue()))
                .extract().path("id");

        as(recruiter).get("/api/vacancies/" + id).then().statusCode(200).body("title", equalTo("API-vacature"));
    }

    @Test
    void refusesInvalidInputWithTheViolations() {
        Map<String, Object> invalid = body("");
        invalid.put("hoursMin", 40);
        long before = TestVacancies.count();

        as(TestUsers.recruiter()).body(invalid).post("/api/vacancies").then().statusCode(400)
                .body("violations.field", hasItem("create.vacancy.title"))
                .body("violations.field", hasItem("create.vacancy.hoursRange"));
        assertEquals(before, TestVacancies.count());
    }

    @Test
    void refusesToPublishWithoutSalaryAndSaysWhy() {
        Vacancy vacancy = aVacancy().withoutSalary().persist();

        as(TestUsers.recruiter()).post("/api/vacancies/" + vacancy.id + "/publish").then().statusCode(409)
                .body("code", equalTo("not-publishable"))
                .body("problems", contains("SALARY_RANGE_MISSING"));
        assertEquals(VacancyStatus.DRAFT, TestVacancies.reload(vacancy.id).status);
    }

    @Test
    void publishesAndClosesAndRefusesAnIllegalStep() {
        Vacancy vacancy = aVacancy().persist();
        AppUser recruiter = TestUsers.recruiter();

        as(recruiter).post("/api/vacancies/" + vacancy.id + "/publish").then().statusCode(200).body("status", equalTo("OPEN"));
        as(recruiter).post("/api/vacancies/" + vacancy.id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        as(recruiter).post("/api/vacancies/" + vacancy.id + "/hold").then().statusCode(409).body("code", equalTo("illegal-transition"));
    }

    @Test
    void refusesAnUpdateBasedOnAnOldVersion() {
        Vacancy vacancy = aVacancy().persist();
        AppUser recruiter = TestUsers.recruiter();
        Map<String, Object> change = body("Gewijzigd");
        change.put("version", vacancy.version);
        as(recruiter).body(change).put("/api/vacancies/" + vacancy.id).then().statusCode(200).body("title", equalTo("Gewijzigd"));

        change.put("title", "Te laat");
        as(recruiter).body(change).put("/api/vacancies/" + vacancy.id).then().statusCode(409).body("code", equalTo("concurrent-edit"));
        assertEquals("Gewijzigd", TestVacancies.reload(vacancy.id).title);
    }

    @Test
    void answersTheLastPageForAPageNumberBeyondTheEnd() {
        Vacancy vacancy = aVacancy().titled("API laatste pagina " + System.nanoTime()).persist();

        as(TestUsers.recruiter()).queryParam("q", vacancy.title).queryParam("page", Integer.MAX_VALUE).get("/api/vacancies")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("total", equalTo(1)).body("items.title", contains(vacancy.title));
        as(TestUsers.admin()).get("/api/vacancies?page=2147483647").then().statusCode(200)
                .body("page", greaterThanOrEqualTo(1)).body("items", not(empty()));
    }

    @Test
    void answersNotFoundAsJson() {
        as(TestUsers.recruiter()).get("/api/vacancies/987654321").then().statusCode(404)
                .contentType(ContentType.JSON).body("code", equalTo("not-found"));
    }

    @Test
    void asksForCredentials() {
        given().get("/api/vacancies").then().statusCode(401);
        given().auth().preemptive().basic("nobody", "wrong-password").get("/api/vacancies").then().statusCode(401);
    }
}
