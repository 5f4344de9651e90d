package nl.werving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "openapi", management = true)
    URL openApi;

    @Test
    void reportsHealthIncludingTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void checksTheDatabaseForReadinessButNotForLiveness() {
        // A database outage takes instances out of the proxy; restarting them would not bring it back.
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(not(containsString("Database")));
    }

    @Test
    void exposesMetricsOnTheManagementPortOnly() {
        given().get("/jobs").then().statusCode(200);
        given().get(metrics).then().statusCode(200).body(containsString("http_server_requests_seconds"));
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void describesTheApiOnTheManagementPortOnly() {
        given().get(openApi).then().statusCode(200)
                .body(containsString("/api/vacancies/{id}/publish"))
                .body(containsString("Werving API"));
        given().get("/q/openapi").then().statusCode(404);
        given().get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void keepsPathsNobodyServesOutOfTheMetrics() {
        String marker = "nergens" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            given().get("/" + marker + "/" + i).then().statusCode(404);
            given().get("/jobs/" + marker + i).then().statusCode(404);
            given().redirects().follow(false).get("/app/" + marker + i).then().statusCode(302);
            given().multiPart("fullName", "x").post("/jobs/" + marker + i + "/apply").then().statusCode(400);
            given().get("/webjars/" + marker + i + ".js").then().statusCode(404);
            given().get("/status/" + marker + i).then().statusCode(404);
        }
        given().get(metrics).then().statusCode(200).body(not(containsString(marker)));
    }

    @Test
    void keepsATimerForEveryEndpointPathThatAnswered() {
        // Each path of the API description, asked once by an admin with its parameters set to 1: most answer 400 (no CSRF
        // token) or 200, some 403 or 401. A redirect or a 404 is not counted: its timer is named REDIRECTION or NOT_FOUND.
        WebSession admin = WebSession.as(TestUsers.admin());
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get(openApi).then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> answered = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> {
                    int status = admin.request().request(method.toUpperCase(), path.replaceAll("\\{[^}]+}", "1")).statusCode();
                    if (status < 300 || status >= 400 && status != 404 && status != 405) {
                        answered.add(path);
                    }
                }));
        assertTrue(answered.size() > 100, "more paths than Quarkus keeps by default: " + answered.size());

        String scraped = given().get(metrics).then().statusCode(200).extract().asString();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]+)\"").matcher(scraped);
        Set<String> timed = new TreeSet<>();
        while (uri.find()) {
            timed.add(uri.group(1).equals("root") ? "/" : uri.group(1));
        }
        answered.removeAll(timed);
        assertEquals(Set.of(), answered, "paths that answered but have no timer");
    }

    @Test
    void sendsSecurityHeadersWithPages() {
        given().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
        // Files and the framework's own answers too, each header once.
        for (String path : new String[] { "/css/werving.css", "/no-such-page" }) {
            var headers = given().get(path).then().extract().headers();
            assertEquals(List.of(SecurityHeaders.FRAME_OPTIONS), headers.getValues("X-Frame-Options"), path);
            assertEquals(List.of(SecurityHeaders.CONTENT_SECURITY_POLICY), headers.getValues("Content-Security-Policy"), path);
        }
    }

    @Test
    void compressesPagesForBrowsersThatAskForIt() {
        given().header("Accept-Encoding", "gzip").get("/jobs").then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body(containsString("</html>"));
    }
}
