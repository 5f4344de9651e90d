package nl.werving.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A production start on an empty database: the first admin comes from configuration, nothing else. */
@QuarkusTest
@TestProfile(BootstrapAdminTest.FirstStart.class)
class BootstrapAdminTest {

    @Inject
    BootstrapAdmin bootstrap;

    public static class FirstStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("werving.bootstrap-admin.username", "eerste-beheerder",
                    "werving.bootstrap-admin.password", "een-sterk-begin-wachtwoord");
        }
    }

    @Test
    void createsOnlyTheConfiguredAdmin() {
        long users = QuarkusTransaction.requiringNew().call(() -> AppUser.count());
        assertEquals(1, users);
        AppUser admin = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("eerste-beheerder").orElseThrow());
        assertEquals(java.util.Set.of(Roles.ADMIN), admin.roleSet());
        given().auth().preemptive().basic("eerste-beheerder", "een-sterk-begin-wachtwoord").get("/api/vacancies")
                .then().statusCode(200);
    }

    @Test
    void anInstanceThatLosesTheRaceForTheFirstAdminGoesOn() {
        // As a second instance started at the same moment finds it: no user at its check, the admin there at its insert.
        assertFalse(bootstrap.create("eerste-beheerder", "een-sterk-begin-wachtwoord"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AppUser.count()));
    }

    @Test
    void hasNoDemoOrDefaultPasswords() {
        given().auth().preemptive().basic("admin", "demo").get("/api/vacancies").then().statusCode(401);
        given().auth().preemptive().basic("admin", "admin").get("/api/vacancies").then().statusCode(401);
    }
}
