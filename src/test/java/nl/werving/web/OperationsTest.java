package nl.werving.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void reportsHealthIncludingTheDatabase() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void exposesMetrics() {
        given().get("/q/health").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void describesTheApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/vacancies/{id}/publish"))
                .body(containsString("Werving API"));
    }

    @Test
    void sendsSecurityHeadersWithPages() {
        given().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void compressesPagesForBrowsersThatAskForIt() {
        given().header("Accept-Encoding", "gzip").get("/jobs").then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body(containsString("</html>"));
    }
}
