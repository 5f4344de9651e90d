package nl.werving.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled.SkipPredicate;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * One reminder per booking, a day before the slot by default, with the calendar event again. Runs on the clustered Quartz
 * store like the other jobs, so with several instances one sends it; each booking is locked while its reminder is queued and
 * {@code remindedAt} makes sure it goes once. A booking made after the reminder was due gets none: its confirmation has just
 * arrived.
 */
@ApplicationScoped
public class BookingReminders {

    private static final Logger LOG = Logger.getLogger(BookingReminders.class);

    private final Bookings bookings;
    private final BookingConfig config;
    private final Clock clock;

    public BookingReminders(Bookings bookings, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "booking-reminders", every = "${werving.booking.remind-every:15m}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = ReminderSwitch.class)
    void run() {
        LOG.infof("Booking reminders queued: %d", remindDue());
    }

    /**
     * Queues the reminders that are due now, each booking in a transaction of its own, so that a candidate moving one
     * booking meanwhile holds up that reminder only; returns how many.
     */
    public int remindDue() {
        Instant now = Instant.now(clock);
        Instant until = now.plus(config.remindBefore());
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Booking.dueForReminder(now, until, config.remindBefore()));
        int queued = 0;
        for (long bookingId : due) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> remind(bookingId, now, until))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                // Only the id: the mail is about a candidate. The booking is not marked reminded; the next run tries again.
                LOG.warnf("Reminder of booking #%d not queued: %s", bookingId, e.getClass().getSimpleName());
            }
        }
        return queued;
    }

    /** Queues the booking's reminder in the caller's transaction; false when it is held elsewhere or no longer due. */
    boolean remind(long bookingId, Instant now, Instant until) {
        Booking booking = Booking.lockUnreminded(bookingId);
        // Read again under the lock: a move committed since the list was read may have taken it out of the window.
        if (booking == null || !booking.reminderDue(now, until, config.remindBefore())) {
            return false;
        }
        booking.remindedAt = now;
        bookings.mailCandidate(booking, BookingEvent.REMINDER);
        return true;
    }

    /** Lets a deployment, or the tests that run the reminders themselves, switch the schedule off. */
    @Singleton
    public static class ReminderSwitch implements SkipPredicate {

        private final BookingConfig config;

        public ReminderSwitch(BookingConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.reminderEnabled();
        }
    }
}
