package nl.werving.web;

import static io.restassured.RestAssured.given;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nl.werving.identity.AppUser;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;

/**
 * A page of another site cannot make a logged-in browser change anything: bodies other than forms are
 * refused before the token check could be skipped, and requests the browser marks as cross-site are
 * refused whatever they carry. The JSON API, authenticated on every request, needs no token.
 */
@QuarkusTest
class CrossSiteRequestTest {

    @Test
    void refusesAPlainTextPostThatWouldPutAVacancyOnHold() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        for (String type : new String[] { "text/plain", "application/json", "application/*", "*/*" }) {
            recruiter.request().contentType(type).body("x=1".getBytes(StandardCharsets.UTF_8)).post("/app/vacancies/" + vacancy.id + "/hold")
                    .then().statusCode(415).body(containsString("Dit verzoek kan niet worden verwerkt"));
        }
        assertEquals(415, postWithoutBody(recruiter, "/app/vacancies/" + vacancy.id + "/hold"), "no body at all");

        assertEquals(VacancyStatus.OPEN, statusOf(vacancy));
    }

    @Test
    void refusesAPlainTextPostThatWouldDeactivateAUser() {
        AppUser user = TestUsers.recruiter();
        WebSession admin = WebSession.as(TestUsers.admin());

        admin.request().contentType("text/plain").body(new byte[0]).post("/app/users/" + user.id + "/deactivate").then().statusCode(415);

        assertTrue(TestUsers.reload(user.id).active);
    }

    @Test
    void refusesAFormThatAnotherSitePosts() {
        Vacancy vacancy = aVacancy().published().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String token = recruiter.csrfToken();

        post(recruiter, vacancy, token, Map.of("Origin", "https://aanval.example")).then().statusCode(400);
        post(recruiter, vacancy, token, Map.of("Origin", "null")).then().statusCode(400);
        post(recruiter, vacancy, token, Map.of("Sec-Fetch-Site", "cross-site")).then().statusCode(400);
        post(recruiter, vacancy, token, Map.of("Sec-Fetch-Site", "same-site")).then().statusCode(400);
        assertEquals(VacancyStatus.OPEN, statusOf(vacancy));

        post(recruiter, vacancy, token, Map.of("Sec-Fetch-Site", "same-origin", "Origin", RestAssured.baseURI + ":" + RestAssured.port))
                .then().statusCode(303);
        assertEquals(VacancyStatus.ON_HOLD, statusOf(vacancy));
    }

    @Test
    void stillRequiresTheTokenOnForms() {
        Vacancy vacancy = aVacancy().published().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.postWithoutCsrf("/app/vacancies/" + vacancy.id + "/hold", Map.of()).then().statusCode(400);

        assertEquals(VacancyStatus.OPEN, statusOf(vacancy));
    }

    @Test
    void refusesALoginFormPostedFromAnotherSite() {
        AppUser user = TestUsers.recruiter();

        Response response = given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site")
                .formParam("j_username", user.username).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");

        response.then().statusCode(302).header("Location", containsString("error"));
    }

    @Test
    void letsTheApiWorkWithoutATokenWhateverTheBody() {
        AppUser recruiter = TestUsers.recruiter();
        Vacancy vacancy = aVacancy().published().persist();

        given().auth().preemptive().basic(recruiter.username, TestUsers.PASSWORD).contentType("application/json")
                .post("/api/vacancies/" + vacancy.id + "/hold").then().statusCode(200);

        assertEquals(VacancyStatus.ON_HOLD, statusOf(vacancy));
    }

    private static Response post(WebSession session, Vacancy vacancy, String token, Map<String, String> headers) {
        return session.request().headers(headers).contentType("application/x-www-form-urlencoded")
                .formParam(WebSession.CSRF, token).post("/app/vacancies/" + vacancy.id + "/hold");
    }

    /** REST Assured always names a content type; a bare POST goes out through the JDK's client. */
    private static int postWithoutBody(WebSession session, String path) throws Exception {
        String cookies = "quarkus-credential=" + session.cookie("quarkus-credential") + "; werving-session=" + session.cookie("werving-session");
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(10)).header("Cookie", cookies).POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static VacancyStatus statusOf(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> Vacancy.<Vacancy> findById(vacancy.id).status);
    }
}
