package nl.werving.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** Guessing passwords: a few tries are free, then each one waits longer, then the account or address locks. */
@QuarkusTest
class LoginThrottleTest {

    @BeforeEach
    void holdTheClock() {
        // Delays are measured on the application's clock; held still, a delay never runs out mid-test.
        TestClock.set(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @AfterEach
    void forgetFailures() {
        TestClock.reset();
        // Every test logs in from 127.0.0.1: the address's count must not lock out the tests after this one.
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteAll());
    }

    @Test
    void refusesEvenTheRightPasswordAfterManyWrongOnes() {
        AppUser user = TestUsers.recruiter();

        for (int i = 0; i < 50; i++) {
            formLogin(user.username, "wrong-password-" + i).then().statusCode(302)
                    .header("Location", containsString("/login?error=true"));
        }
        Response right = formLogin(user.username, TestUsers.PASSWORD);

        right.then().statusCode(302).header("Location", containsString("/login?error=true"));
        assertFalse(right.getCookies().containsKey("quarkus-credential"), "no login cookie while blocked");
        given().cookie("werving-login-wait", right.getCookie("werving-login-wait")).get("/login?error=true").then().statusCode(401)
                .body(containsString("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw."));
    }

    @Test
    void locksTheAccountAfterTenFailuresAndLetsTheUserInWhenTheLockHasPassed() {
        AppUser user = TestUsers.recruiter();
        for (int i = 0; i < 10; i++) {
            formLogin(user.username, "wrong-password-" + i);
            TestClock.advance(Duration.ofMinutes(1));
        }
        Response locked = formLogin(user.username, TestUsers.PASSWORD);
        locked.then().header("Location", containsString("error"));
        given().cookie("werving-login-wait", locked.getCookie("werving-login-wait")).get("/login?error=true")
                .then().body(containsString("Probeer het over 14 minuten opnieuw."));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and entityId = ?2 and detail = 'locked'", AuditAction.LOGIN_FAILED, user.id)), "the lock is on record");

        TestClock.advance(Duration.ofMinutes(15));

        formLogin(user.username, TestUsers.PASSWORD).then().statusCode(302).header("Location", not(containsString("error")));
    }

    @Test
    void letsTheOwnersBrowserInWhileGuessesFromElsewhereHaveLockedTheAccount() {
        AppUser user = TestUsers.recruiter();
        Response earlier = formLogin(user.username, TestUsers.PASSWORD);
        String known = earlier.getCookie(SessionCookies.KNOWN_BROWSER);
        assertEquals("/j_security_check", earlier.getDetailedCookie(SessionCookies.KNOWN_BROWSER).getPath(),
                "the proof goes with login attempts only");
        for (int i = 0; i < 10; i++) {
            formLogin(user.username, "wrong-password-" + i);
        }

        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", containsString("error"));
        formLogin(user.username, TestUsers.PASSWORD, known).then().statusCode(302)
                .header("Location", not(containsString("error")));
    }

    @Test
    void locksAKnownBrowserAfterItsOwnTenFailuresWithoutLockingTheAccount() {
        AppUser user = TestUsers.recruiter();
        String known = formLogin(user.username, TestUsers.PASSWORD).getCookie(SessionCookies.KNOWN_BROWSER);
        for (int i = 0; i < 10; i++) {
            formLogin(user.username, "wrong-password-" + i, known);
        }

        formLogin(user.username, TestUsers.PASSWORD, known).then().header("Location", containsString("error"));
        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", not(containsString("error")));
    }

    @Test
    void treatsAProofOfAnotherAccountOrAMadeUpOneAsAStranger() {
        AppUser user = TestUsers.recruiter();
        String otherAccounts = formLogin(TestUsers.admin().username, TestUsers.PASSWORD).getCookie(SessionCookies.KNOWN_BROWSER);
        String own = formLogin(user.username, TestUsers.PASSWORD).getCookie(SessionCookies.KNOWN_BROWSER);
        String madeUp = own.substring(0, own.indexOf('.') + 1) + "0".repeat(64);
        for (int i = 0; i < 10; i++) {
            formLogin(user.username, "wrong-password-" + i);
        }

        formLogin(user.username, TestUsers.PASSWORD, otherAccounts).then().header("Location", containsString("error"));
        formLogin(user.username, TestUsers.PASSWORD, madeUp).then().header("Location", containsString("error"));
        formLogin(user.username, TestUsers.PASSWORD, own).then().header("Location", not(containsString("error")));
    }

    @Test
    void countsFreeAttemptsBeforeAnyDelay() {
        AppUser user = TestUsers.recruiter();
        for (int i = 0; i < 4; i++) {
            formLogin(user.username, "wrong-password-" + i);
        }

        formLogin(user.username, TestUsers.PASSWORD).then().statusCode(302).header("Location", not(containsString("error")));
    }

    @Test
    void makesEachFailureAfterTheFreeOnesWaitLonger() {
        AppUser user = TestUsers.recruiter();
        for (int i = 0; i < 5; i++) {
            formLogin(user.username, "wrong-password-" + i);
        }
        // The fifth failure asks for 1 s, the sixth for 2 s.
        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", containsString("error"));
        TestClock.advance(Duration.ofSeconds(1));
        formLogin(user.username, "wrong-password-5").then().header("Location", containsString("error"));
        TestClock.advance(Duration.ofSeconds(1));
        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", containsString("error"));
        TestClock.advance(Duration.ofSeconds(1));
        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", not(containsString("error")));
    }

    @Test
    void throttlesBasicAuthenticationOnTheApiAlike() {
        AppUser user = TestUsers.recruiter();
        for (int i = 0; i < 50; i++) {
            given().auth().preemptive().basic(user.username, "wrong-password-" + i).get("/api/vacancies").then().statusCode(401);
        }

        given().auth().preemptive().basic(user.username, TestUsers.PASSWORD).get("/api/vacancies").then().statusCode(401);
    }

    @Test
    void slowsDownAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 50; i++) {
            formLogin("gok" + i, "wrong-password-" + i);
        }
        AppUser user = TestUsers.recruiter();

        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", containsString("error"));
    }

    @Test
    void recordsFailedLoginsWithoutWhatWasTyped() {
        Instant moment = Instant.parse("2026-12-02T10:15:00Z");
        TestClock.set(moment);
        AppUser user = TestUsers.recruiter();
        formLogin(user.username, "geheim-typfout-123");
        formLogin("niemand-" + user.username, "geheim-typfout-456");

        List<AuditEvent> failures = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent> list(
                "action = ?1 and occurredAt = ?2 order by id", AuditAction.LOGIN_FAILED, moment));
        assertEquals(2, failures.size());
        assertEquals(user.id, failures.get(0).entityId, "a known account is named by its number");
        assertEquals(null, failures.get(1).entityId, "an unknown user name is not kept");
        failures.forEach(event -> {
            assertEquals(null, event.actorId);
            assertTrue(event.detail == null || !event.detail.contains("geheim"), "no password in the audit log");
        });
        long throttleRowsNamingTheUser = QuarkusTransaction.requiringNew()
                .call(() -> LoginThrottle.count("throttleKey like ?1", "%" + user.username + "%"));
        assertEquals(0, throttleRowsNamingTheUser, "counters are kept under a keyed hash");
    }

    @Test
    void startsCountingAfreshAfterASuccessfulLogin() {
        AppUser user = TestUsers.recruiter();
        for (int i = 0; i < 4; i++) {
            formLogin(user.username, "wrong-password-" + i);
        }
        WebSession.as(user);
        for (int i = 0; i < 4; i++) {
            formLogin(user.username, "wrong-password-" + i);
        }

        formLogin(user.username, TestUsers.PASSWORD).then().header("Location", not(containsString("error")));
    }

    private static Response formLogin(String username, String password) {
        return given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    /** From a browser that holds the proof of an earlier login. */
    private static Response formLogin(String username, String password, String knownBrowser) {
        return given().redirects().follow(false).cookie(SessionCookies.KNOWN_BROWSER, knownBrowser)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }
}
