package nl.werving.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A production start on an empty database: the first admin comes from configuration, nothing else. */
@QuarkusTest
@TestProfile(BootstrapAdminTest.FirstStart.class)
class BootstrapAdminTest {

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
    void hasNoDemoOrDefaultPasswords() {
        given().auth().preemptive().basic("admin", "demo").get("/api/vacancies").then().statusCode(401);
        given().auth().preemptive().basic("admin", "admin").get("/api/vacancies").then().statusCode(401);
    }
}
