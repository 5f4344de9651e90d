package nl.werving.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

@QuarkusTest
class LoginTest {

    @Test
    void showsTheLoginPage() {
        given().get("/login").then().statusCode(200)
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("autocomplete=\"current-password\""));
    }

    @Test
    void sendsVisitorsOfTheBackOfficeToLogin() {
        given().redirects().follow(false).get("/app/vacancies").then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @Test
    void logsInWithAnHttpOnlyStrictSessionCookie() {
        AppUser user = TestUsers.recruiter();

        Response response = given().redirects().follow(false)
                .formParam("j_username", user.username).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");

        response.then().statusCode(302).header("Location", endsWith("/app"));
        Cookie session = response.getDetailedCookie("quarkus-credential");
        assertTrue(session.isHttpOnly(), "session cookie is HttpOnly");
        assertEquals("Strict", session.getSameSite());
    }

    @Test
    void aLoginEndsTheFormTokenHandedOutBeforeItSoAPlantedOneCannotPost() {
        Response loginPage = given().get("/login");
        String planted = loginPage.getCookie(WebSession.CSRF);
        AppUser user = TestUsers.recruiter();

        Response login = given().redirects().follow(false).cookie(WebSession.CSRF, planted)
                .formParam("j_username", user.username).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");

        Cookie ended = login.getDetailedCookie(WebSession.CSRF);
        assertEquals(0, ended.getMaxAge(), "the login ends the form token");
        assertEquals("/", ended.getPath());
        Response landing = given().redirects().follow(false).cookies(login.getCookies()).get("/app");
        String fresh = landing.getCookie(WebSession.CSRF);
        assertNotNull(fresh, "the first page after the login hands out a new form token");
        assertNotEquals(planted, fresh);
        given().redirects().follow(false).cookies(login.getCookies()).cookie(WebSession.CSRF, fresh)
                .contentType("application/x-www-form-urlencoded").formParam(WebSession.CSRF, planted)
                .post("/logout").then().statusCode(400);
        given().redirects().follow(false).cookies(login.getCookies()).cookie(WebSession.CSRF, fresh)
                .contentType("application/x-www-form-urlencoded").formParam(WebSession.CSRF, fresh)
                .post("/logout").then().statusCode(303);
    }

    @Test
    void refusesAWrongPassword() {
        AppUser user = TestUsers.recruiter();

        Response response = given().redirects().follow(false)
                .formParam("j_username", user.username).formParam("j_password", "not-the-password")
                .post("/j_security_check");

        response.then().statusCode(302).header("Location", containsString("/login?error=true"));
        assertFalse(response.getCookies().containsKey("quarkus-credential"));
        given().get("/login?error=true").then().statusCode(401)
                .body(containsString("Gebruikersnaam of wachtwoord klopt niet"));
    }

    @Test
    void logsOut() {
        WebSession session = WebSession.as(TestUsers.recruiter());

        session.post("/logout").then().statusCode(303).header("Location", containsString("/login?loggedOut=true"));

        assertFalse(session.hasCookie("quarkus-credential"));
        assertFalse(session.hasCookie(WebSession.CSRF), "the logout ends the form token too");
        session.get("/app/vacancies").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void shutsOutADeactivatedUserAtOnce() {
        AppUser user = TestUsers.recruiter();
        WebSession session = WebSession.as(user);
        session.get("/app/vacancies").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> AppUser.update("active = false where id = ?1", user.id));

        session.get("/app/vacancies").then().statusCode(302);
        given().redirects().follow(false)
                .formParam("j_username", user.username).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check").then().header("Location", containsString("error"));
    }

    @Test
    void showsTheUsersNameAndRoleNavigation() {
        AppUser admin = TestUsers.admin();
        WebSession.as(admin).get("/app/vacancies").then().statusCode(200)
                .body(containsString(admin.displayName))
                .body(containsString("href=\"/app/users\""));
        WebSession.as(TestUsers.recruiter()).get("/app/vacancies").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("href=\"/app/users\"")));
    }
}
