package nl.werving.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** A login lives on the server: a saved or copied cookie opens nothing once the login has ended. */
@QuarkusTest
class LoginSessionsTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void endsTheLoginForGoodOnLogout() {
        WebSession session = WebSession.as(TestUsers.recruiter());
        WebSession saved = session.copy();
        saved.get("/app/vacancies").then().statusCode(200);

        session.post("/logout").then().statusCode(303);

        saved.get("/app/vacancies").then().statusCode(302).header("Location", endsWith("/login"));
        saved.get("/api/vacancies").then().statusCode(401);
    }

    @Test
    void clearsTheCookiesOfAnEndedLogin() {
        WebSession session = WebSession.as(TestUsers.recruiter());
        WebSession saved = session.copy();
        session.post("/logout");

        saved.get("/app/vacancies").then().statusCode(302);

        assertEquals(false, saved.hasCookie("quarkus-credential"), "the stale login cookie is cleared");
        saved.get("/jobs").then().statusCode(200);
    }

    @Test
    void needsTheSessionTokenBesideTheLoginCookie() {
        WebSession session = WebSession.as(TestUsers.recruiter());

        io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("quarkus-credential", session.cookie("quarkus-credential"))
                .get("/app/vacancies").then().statusCode(302);
        String token = session.cookie("werving-session");
        // Another first character: "a" in place of an "a" would be the same token.
        String tampered = (token.charAt(0) == 'a' ? "b" : "a") + token.substring(1);
        io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("quarkus-credential", session.cookie("quarkus-credential"))
                .cookie("werving-session", tampered)
                .get("/app/vacancies").then().statusCode(302);
    }

    @Test
    void endsEveryLoginOfAUserWhosePasswordAnAdminChanged() {
        AppUser user = TestUsers.recruiter();
        WebSession laptop = WebSession.as(user);
        WebSession phone = WebSession.as(user);

        WebSession.as(TestUsers.admin()).post("/app/users/" + user.id, userForm(user, List.of(Roles.RECRUITER), "paars-fietspad-onweer"))
                .then().statusCode(303);

        laptop.get("/app/vacancies").then().statusCode(302);
        phone.get("/app/vacancies").then().statusCode(302);
        WebSession.login(user.username, "paars-fietspad-onweer").get("/app/vacancies").then().statusCode(200);
    }

    @Test
    void endsEveryLoginOfAUserWhoseRolesChanged() {
        AppUser user = TestUsers.recruiter();
        WebSession session = WebSession.as(user);

        WebSession.as(TestUsers.admin()).post("/app/users/" + user.id, userForm(user, List.of(Roles.HIRING_MANAGER), ""))
                .then().statusCode(303);

        session.get("/app/vacancies").then().statusCode(302);
    }

    @Test
    void keepsTheLoginsOfAUserWhoseNameAloneChanged() {
        AppUser user = TestUsers.recruiter();
        WebSession session = WebSession.as(user);

        WebSession.as(TestUsers.admin()).post("/app/users/" + user.id, userForm(user, List.of(Roles.RECRUITER), ""))
                .then().statusCode(303);

        session.get("/app/vacancies").then().statusCode(200);
    }

    @Test
    void keepsTheAdminsOwnLoginWhenTheyChangeTheirPassword() {
        AppUser admin = TestUsers.admin();
        WebSession here = WebSession.as(admin);
        WebSession elsewhere = WebSession.as(admin);

        here.post("/app/users/" + admin.id, userForm(admin, List.of(Roles.ADMIN), "paars-fietspad-onweer")).then().statusCode(303);

        here.get("/app/users").then().statusCode(200);
        elsewhere.get("/app/users").then().statusCode(302);
    }

    @Test
    void endsEveryLoginOfADeactivatedUser() {
        AppUser user = TestUsers.recruiter();
        WebSession session = WebSession.as(user);

        WebSession.as(TestUsers.admin()).post("/app/users/" + user.id + "/deactivate").then().statusCode(303);

        session.get("/app/vacancies").then().statusCode(302);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> LoginSession.count("user.id", user.id)));
    }

    @Test
    void endsALoginLeftIdleLongerThanTheTimeout() {
        TestClock.set(Instant.parse("2026-12-01T09:00:00Z"));
        WebSession session = WebSession.as(TestUsers.recruiter());
        TestClock.advance(Duration.ofMinutes(90));
        session.get("/app/vacancies").then().statusCode(200);

        TestClock.advance(Duration.ofHours(2).plusMinutes(1));

        session.get("/app/vacancies").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void endsEvenABusyLoginAfterTwelveHours() {
        TestClock.set(Instant.parse("2026-12-01T07:00:00Z"));
        WebSession session = WebSession.as(TestUsers.recruiter());
        for (int hour = 0; hour < 11; hour++) {
            TestClock.advance(Duration.ofHours(1));
            session.get("/app/vacancies").then().statusCode(200);
        }

        TestClock.advance(Duration.ofHours(1));

        session.get("/app/vacancies").then().statusCode(302);
    }

    private static Map<String, Object> userForm(AppUser user, List<String> roles, String password) {
        AppUser current = TestUsers.reload(user.id);
        Map<String, Object> form = new HashMap<>();
        form.put("displayName", current.displayName);
        form.put("email", current.email);
        form.put("roles", roles);
        form.put("password", password);
        form.put("version", current.version);
        return form;
    }
}
