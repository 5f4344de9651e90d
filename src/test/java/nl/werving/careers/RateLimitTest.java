package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
@TestProfile(RateLimitTest.TwoPerWindow.class)
class RateLimitTest {

    public static class TwoPerWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("werving.careers.apply-limit", "2");
        }
    }

    @Test
    void answersAFriendly429WhenOneAddressSendsTooMany() {
        Vacancy vacancy = aVacancy().published().persist();

        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        anApplicant().applyTo(vacancy.slug).then().statusCode(429)
                .header("Retry-After", "600")
                .body(containsString("Even geduld"))
                .body(containsString("Probeer het over 10 minuten opnieuw"));
    }
}
