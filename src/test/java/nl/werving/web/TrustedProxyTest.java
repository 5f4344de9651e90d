package nl.werving.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import nl.werving.identity.AppUser;
import nl.werving.support.BehindLoopbackProxy;
import nl.werving.support.TestTexts;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/**
 * Behind a trusted load balancer that terminated TLS, every cookie the site sets is {@code Secure}, so a browser never
 * sends it over plain http; a visitor who came over plain http gets them without.
 */
@QuarkusTest
@TestProfile(BehindLoopbackProxy.class)
class TrustedProxyTest {

    private static final String HTTPS = "X-Forwarded-Proto";

    @Test
    void marksTheLanguageCookieSecureOnlyForAVisitorWhoCameOverHttps() {
        Response overHttps = given().redirects().follow(false).header(HTTPS, "https").get("/language?lang=en&return=/jobs");
        Response overHttp = given().redirects().follow(false).get("/language?lang=en&return=/jobs");

        assertTrue(overHttps.getDetailedCookie(RequestLocale.COOKIE).isSecured());
        assertFalse(overHttp.getDetailedCookie(RequestLocale.COOKIE).isSecured());
    }

    @Test
    void marksTheLoginAndTheMessageAfterAnActionSecureOverHttps() {
        AppUser admin = TestUsers.admin();
        Response login = given().redirects().follow(false).header(HTTPS, "https")
                .formParam("j_username", admin.username).formParam("j_password", TestUsers.PASSWORD).post("/j_security_check");
        assertTrue(login.getDetailedCookie("werving-session").isSecured());
        assertTrue(login.getDetailedCookie("quarkus-credential").isSecured());

        WebSession session = WebSession.as(admin);
        String token = session.csrfToken();
        Response saved = session.request().header(HTTPS, "https").contentType("application/x-www-form-urlencoded")
                .formParam("name", "Proxy " + TestTexts.randomLetters(8)).formParam("colour", "GREEN")
                .formParam(WebSession.CSRF, token).post("/app/tags");

        assertTrue(saved.getDetailedCookie(Flash.COOKIE).isSecured(), saved.getHeaders().getValues("Set-Cookie").toString());
    }
}
