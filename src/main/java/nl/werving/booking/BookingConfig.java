package nl.werving.booking;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Until when candidates change their own booking, and when they are reminded. */
@ConfigMapping(prefix = "werving.booking")
public interface BookingConfig {

    /**
     * How long before the start candidates can no longer book, move or cancel online (they contact the recruiter), and
     * a freed seat no longer goes to the waiting list: the team plans with the list from then on.
     */
    @WithDefault("PT24H")
    Duration cutOff();

    /** How long before the start the candidate gets the one reminder. */
    @WithDefault("PT24H")
    Duration remindBefore();

    /** How often the reminder job looks for bookings to remind. */
    @WithDefault("15m")
    String remindEvery();

    /**
     * How often the confirmations that new, moved and promoted bookings owe their candidates are queued for the outbox
     * ({@link BookingConfirmations}); {@code off} in the tests, which run the job themselves.
     */
    @WithDefault("5s")
    String confirmEvery();

    /** Off: the job does not run on its schedule (the tests run it themselves). */
    @WithDefault("true")
    boolean reminderEnabled();
}
