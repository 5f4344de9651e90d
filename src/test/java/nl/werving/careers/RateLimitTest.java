package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.werving.support.Applicant;
import nl.werving.support.BehindLoopbackProxy;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.KeyedHash;

/** Two applications per address and window, counted in the database, behind a load balancer on this machine. */
@QuarkusTest
@TestProfile(BehindLoopbackProxy.class)
class RateLimitTest {

    @Inject
    KeyedHash keyedHash;

    @Inject
    ApplyAttempts attempts;

    @Inject
    ApplyRateLimiter limiter;

    @Inject
    Clock clock;

    @AfterEach
    void forgetAttempts() {
        attempts.deleteBefore(Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Test
    void countsAFloodFromOneAddressOnlyAsFarAsTheLimitNeeds() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        IntStream.range(0, 4).forEach(i -> attempts.record("flood", start.plusSeconds(i)));

        assertEquals(3, attempts.recordAndCount("flood", start.plusSeconds(4), start.minusSeconds(1), 3),
                "counting stops once the answer is known");
        assertEquals(6, attempts.recordAndCount("flood", start.plusSeconds(5), start.minusSeconds(1), 10),
                "every attempt in the window, this one among them");
        assertEquals(4, attempts.recordAndCount("flood", start.plusSeconds(6), start.plusSeconds(2), 10),
                "only attempts after the window's start");
        assertEquals(1, attempts.recordAndCount("someone else", start.plusSeconds(7), start.minusSeconds(1), 10),
                "each address counted apart");
    }

    @Test
    void forgetsAttemptsOnceTheirWindowHasPassed() {
        Instant now = Instant.now(clock);
        attempts.record("earlier", now.minus(Duration.ofMinutes(11)));
        attempts.record("earlier", now.minus(Duration.ofMinutes(9)));

        limiter.forgetOldAttempts();

        assertEquals(2, attempts.recordAndCount("earlier", now, now.minus(Duration.ofDays(1)), 10),
                "the attempt inside the ten minutes' window and this one; the older one is gone");
    }

    @Test
    void answersAFriendly429WhenOneAddressSendsTooMany() {
        Vacancy vacancy = aVacancy().published().persist();

        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        anApplicant().applyTo(vacancy.slug).then().statusCode(429)
                .header("Retry-After", "600")
                .body(containsString("Even geduld"))
                .body(containsString("Je sollicitatie is nog niet verstuurd: probeer het over 10 minuten opnieuw."));
    }

    @Test
    void countsNoAttemptWhoseFormStillHasMistakes() {
        Vacancy vacancy = aVacancy().published().persist();
        for (int i = 0; i < 3; i++) {
            anApplicant().withEmail("geen-adres").applyTo(vacancy.slug).then().statusCode(400)
                    .body(containsString("Vul een geldig e-mailadres in"));
        }

        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        anApplicant().applyTo(vacancy.slug).then().statusCode(429);
    }

    @Test
    void limitsJobAlertSignUpsLikeApplicationsButCountsThemApart() {
        Vacancy vacancy = aVacancy().published().persist();
        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        nl.werving.support.WebSession visitor = nl.werving.support.WebSession.anonymous().language("en");
        for (int i = 0; i < 2; i++) {
            visitor.post("/jobs/alerts", Map.of("email", "alert" + i + "@voorbeeld.nl", "language", "nl")).then().statusCode(303);
        }
        visitor.post("/jobs/alerts", Map.of("email", "alert3@voorbeeld.nl", "language", "nl")).then().statusCode(429)
                .header("Retry-After", "600")
                .body(containsString("Too many sign-ups came from this address. Please try again in 10 minutes."));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0, JobAlert.count("email", "alert3@voorbeeld.nl")));
    }

    @Test
    void countsTheAddressTheBalancerSawNotTheOneTheClientWrote() {
        Vacancy vacancy = aVacancy().published().persist();

        throughBalancer(anApplicant(), "203.0.113.1, 198.51.100.7").applyTo(vacancy.slug).then().statusCode(303);
        throughBalancer(anApplicant(), "203.0.113.2, 198.51.100.7").applyTo(vacancy.slug).then().statusCode(303);
        throughBalancer(anApplicant(), "203.0.113.3, 198.51.100.7").applyTo(vacancy.slug).then().statusCode(429);

        throughBalancer(anApplicant(), "203.0.113.3, 198.51.100.8").applyTo(vacancy.slug).then().statusCode(303);
    }

    @Test
    void sharesTheCountWithTheOtherInstances() {
        Vacancy vacancy = aVacancy().published().persist();
        // Another instance took two applications from this client a moment ago: their rows are in the shared database.
        String client = keyedHash.of("apply", "198.51.100.9");
        attempts.record(client, Instant.now(clock).minusSeconds(30));
        attempts.record(client, Instant.now(clock).minusSeconds(20));

        throughBalancer(anApplicant(), "198.51.100.9").applyTo(vacancy.slug).then().statusCode(429);
        throughBalancer(anApplicant(), "198.51.100.10").applyTo(vacancy.slug).then().statusCode(303);
    }

    /** Each attempt is committed before counting: a burst can never get more than the limit through (it may get fewer). */
    @Test
    void letsAParallelBurstThroughNoMoreThanTheLimit() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        List<Callable<Integer>> burst = IntStream.range(0, 8).<Callable<Integer>> mapToObj(i -> () ->
                throughBalancer(anApplicant(), "198.51.100.11").applyTo(vacancy.slug).statusCode()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(burst.size());
        try {
            long accepted = 0;
            long refused = 0;
            for (Future<Integer> answer : pool.invokeAll(burst, 60, TimeUnit.SECONDS)) {
                accepted += answer.get() == 303 ? 1 : 0;
                refused += answer.get() == 429 ? 1 : 0;
            }
            assertTrue(accepted <= 2, accepted + " of the burst got through");
            assertEquals(8, accepted + refused);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Applicant throughBalancer(Applicant applicant, String forwardedFor) {
        return applicant.header("X-Forwarded-For", forwardedFor);
    }
}
