package nl.werving.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.test.Mock;

/**
 * The application's clock in tests: real time until a test sets it, so deadlines and retention can
 * be tested without waiting. Tests that set it call {@link #reset()} afterwards.
 */
public class TestClock extends Clock {

    private static volatile Instant fixed;

    public static void set(Instant instant) {
        fixed = instant;
    }

    public static void advance(Duration duration) {
        fixed = (fixed == null ? Instant.now() : fixed).plus(duration);
    }

    /**
     * A set clock runs on by this much; a clock that is not set runs anyway. Tests call it while they wait for the
     * application's background work: a mail whose attempt failed is due again a second later by this clock, and a
     * clock that stood still would never get there.
     */
    public static void runOn(Duration duration) {
        Instant instant = fixed;
        if (instant != null) {
            fixed = instant.plus(duration);
        }
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        return fixed == null ? Instant.now() : fixed;
    }

    /** Replaces the application's clock producer in all tests. */
    @Mock
    static class Producer {
        @Produces
        @Singleton
        Clock clock() {
            return new TestClock();
        }
    }
}
