package nl.werving.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.identity.AppUser;
import nl.werving.support.TestUsers;

/**
 * Forwarded headers from a client that is no trusted proxy change nothing (in tests the loopback
 * client is not one), and redirects always point at the configured base URL.
 */
@QuarkusTest
class ProxyHeadersTest {

    @ConfigProperty(name = "werving.base-url")
    String baseUrl;

    @Test
    void redirectsToTheBaseUrlWhateverHostTheRequestClaims() {
        assertRedirectsHome(given().redirects().follow(false).header("X-Forwarded-Host", "evil.example").get("/app/vacancies"));
        assertRedirectsHome(given().redirects().follow(false).header("Host", "evil.example").get("/app/vacancies"));
        assertRedirectsHome(given().redirects().follow(false).header("X-Forwarded-Host", "evil.example").get("/app"));
        AppUser user = TestUsers.recruiter();
        assertRedirectsHome(given().redirects().follow(false).header("Host", "evil.example")
                .formParam("j_username", user.username).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check"));
    }

    @Test
    void ignoresAForwardedSchemeFromAnUntrustedClient() {
        AppUser user = TestUsers.recruiter();

        Response login = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .formParam("j_username", user.username).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");

        assertTrue(login.getHeader("Location").startsWith("http://"), login.getHeader("Location"));
        assertFalse(login.getDetailedCookie("werving-session").isSecured(), "the request was plain http");
    }

    private void assertRedirectsHome(Response response) {
        String location = response.getHeader("Location");
        assertTrue(location != null && location.startsWith(baseUrl + "/"), "redirect to " + location);
    }
}
