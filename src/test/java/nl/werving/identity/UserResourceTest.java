package nl.werving.identity;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;

@QuarkusTest
class UserResourceTest {

    private static Map<String, Object> form(String username) {
        Map<String, Object> form = new HashMap<>();
        form.put("username", username);
        form.put("displayName", "Lotte Verhagen");
        form.put("email", "lotte@klantkracht.example");
        form.put("roles", List.of(Roles.RECRUITER, Roles.HIRING_MANAGER));
        form.put("password", "een-lang-wachtwoord");
        return form;
    }

    private static String uniqueName() {
        return "lotte." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.count());
    }

    @Test
    void adminCreatesAUserWhoCanLogIn() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String username = uniqueName();

        admin.post("/app/users", form(username)).then().statusCode(303);

        AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow());
        assertEquals(java.util.Set.of(Roles.RECRUITER, Roles.HIRING_MANAGER), user.roleSet());
        assertTrue(user.passwordHash.startsWith("$2"), "stored as a bcrypt hash");
        assertTrue(BcryptUtil.matches("een-lang-wachtwoord", user.passwordHash));
        admin.get("/app/users").then().body(containsString("Gebruiker Lotte Verhagen is aangemaakt."));
        WebSession.login(username, "een-lang-wachtwoord").get("/app/vacancies").then().statusCode(200);
    }

    @Test
    void keepsAnEmailAddressOfTheLongestLengthMailCarries() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String username = uniqueName();
        String longest = (username + ".").repeat(8).substring(0, 64) + "@" + "a".repeat(61) + "." + "b".repeat(61) + "." + "c".repeat(61) + ".nl";
        assertEquals(253, longest.length());
        Map<String, Object> form = form(username);
        form.put("email", longest);

        admin.post("/app/users", form).then().statusCode(303);

        assertEquals(longest, QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).orElseThrow().email));
    }

    @Test
    void refusesInvalidUsersWithMessagesNextToTheFields() {
        WebSession admin = WebSession.as(TestUsers.admin());
        Map<String, Object> form = form("A");
        form.put("email", "geen-adres");
        form.put("password", "kort");
        form.remove("roles");
        long before = count();

        Response response = admin.post("/app/users", form);

        response.then().statusCode(400)
                .body(containsString("id=\"f-username-error\""))
                .body(containsString("Gebruik 3 tot 64 kleine letters"))
                .body(containsString("Vul een geldig e-mailadres in"))
                .body(containsString("Het wachtwoord moet 12 tot 128 tekens lang zijn."))
                .body(containsString("Kies minstens één rol."))
                .body(containsString("value=\"Lotte Verhagen\""));
        assertEquals(before, count());
    }

    @Test
    void refusesATakenUsername() {
        WebSession admin = WebSession.as(TestUsers.admin());
        String username = uniqueName();
        admin.post("/app/users", form(username)).then().statusCode(303);

        admin.post("/app/users", form(username)).then().statusCode(400)
                .body(containsString("Deze gebruikersnaam is al in gebruik."));
    }

    @Test
    void changesRolesAndKeepsThePasswordWhenLeftEmpty() {
        AppUser user = TestUsers.recruiter();
        WebSession admin = WebSession.as(TestUsers.admin());
        Map<String, Object> form = form(user.username);
        form.put("roles", List.of(Roles.ADMIN));
        form.put("password", "");
        form.put("version", user.version);

        admin.post("/app/users/" + user.id, form).then().statusCode(303);

        AppUser changed = TestUsers.reload(user.id);
        assertEquals(java.util.Set.of(Roles.ADMIN), changed.roleSet());
        assertTrue(BcryptUtil.matches(TestUsers.PASSWORD, changed.passwordHash));
    }

    @Test
    void detectsAConcurrentEdit() {
        AppUser user = TestUsers.recruiter();
        WebSession admin = WebSession.as(TestUsers.admin());
        Map<String, Object> form = form(user.username);
        form.put("password", "");
        form.put("version", user.version);
        admin.post("/app/users/" + user.id, form).then().statusCode(303);

        form.put("displayName", "Andere naam");
        admin.post("/app/users/" + user.id, form).then().statusCode(409)
                .body(containsString("Iemand anders heeft deze gebruiker intussen gewijzigd"));
        assertEquals("Lotte Verhagen", TestUsers.reload(user.id).displayName);
    }

    @Test
    void deactivatesAndActivatesAUser() {
        AppUser user = TestUsers.recruiter();
        WebSession admin = WebSession.as(TestUsers.admin());

        admin.post("/app/users/" + user.id + "/deactivate").then().statusCode(303);
        assertFalse(TestUsers.reload(user.id).active);

        admin.post("/app/users/" + user.id + "/activate").then().statusCode(303);
        assertTrue(TestUsers.reload(user.id).active);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        AppUser self = TestUsers.admin();
        WebSession admin = WebSession.as(self);

        admin.post("/app/users/" + self.id + "/deactivate").then().statusCode(303);
        assertTrue(TestUsers.reload(self.id).active);
        admin.get("/app/users").then().body(containsString("Je kunt je eigen account niet deactiveren."));

        Map<String, Object> form = form(self.username);
        form.put("roles", List.of(Roles.RECRUITER));
        form.put("password", "");
        form.put("version", self.version);
        admin.post("/app/users/" + self.id, form).then().statusCode(400)
                .body(containsString("Je kunt je eigen beheerdersrol niet intrekken."));
        assertTrue(TestUsers.reload(self.id).hasRole(Roles.ADMIN));
    }
}
