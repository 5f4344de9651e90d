package nl.werving.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

/** New and changed passwords: long enough and not among what attackers try first. */
@QuarkusTest
class PasswordPolicyTest {

    @Inject
    PasswordPolicy policy;

    @Test
    void refusesTheMostCommonPasswordsAndTheirDutchCousins() {
        for (String common : List.of("password1234", "123456789012", "qwertyuiop123", "iloveyou1234", "Welkom123456",
                "Wachtwoord2026!", "aaaaaaaaaaaa", "1q2w3e4r5t6y", "Feyenoord1908")) {
            assertEquals(Optional.of(PasswordPolicy.Problem.GUESSABLE), policy.check(common), common);
        }
    }

    @Test
    void refusesTheCompanysAndTheUsersOwnNames() {
        assertEquals(Optional.of(PasswordPolicy.Problem.GUESSABLE), policy.check("KlantkrachtGroep1"));
        assertEquals(Optional.of(PasswordPolicy.Problem.GUESSABLE), policy.check("lotte.verhagen2026", "lverhagen", "Lotte Verhagen"));
    }

    @Test
    void acceptsALongPhraseOfUnrelatedWords() {
        assertEquals(Optional.empty(), policy.check("paars-fietspad-onweer"));
        assertEquals(Optional.empty(), policy.check("koffie staat klaar op de maan"));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), policy.check("Xq7#mK2!pL"));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_LONG), policy.check("woord ".repeat(30)));
    }

    @Test
    void answersACommonPasswordOnTheUserFormBesideTheField() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);

        admin.post("/app/users", form(username, "Welkom123456")).then().statusCode(400)
                .body(containsString("id=\"f-password-error\""))
                .body(containsString("Dit wachtwoord is te makkelijk te raden."))
                .body(containsString("value=\"Lotte Verhagen\""))
                .body(not(containsString("Welkom123456")));

        assertTrue(QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username)).isEmpty());
        admin.post("/app/users", form(username, "paars-fietspad-onweer")).then().statusCode(303);
    }

    @Test
    void appliesToAChangedPasswordToo() {
        AppUser user = TestUsers.recruiter();
        WebSession admin = WebSession.as(TestUsers.admin());
        Map<String, Object> form = form(user.username, "password1234");
        form.put("version", TestUsers.reload(user.id).version);

        admin.post("/app/users/" + user.id, form).then().statusCode(400)
                .body(containsString("Dit wachtwoord is te makkelijk te raden."));

        WebSession.as(user).get("/app/vacancies").then().statusCode(200);
    }

    private static Map<String, Object> form(String username, String password) {
        Map<String, Object> form = new HashMap<>();
        form.put("username", username);
        form.put("displayName", "Lotte Verhagen");
        form.put("email", "lotte@klantkracht.example");
        form.put("roles", List.of(Roles.RECRUITER));
        form.put("password", password);
        return form;
    }
}
