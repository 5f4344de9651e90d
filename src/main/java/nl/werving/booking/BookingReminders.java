package nl.werving.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled.SkipPredicate;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * One reminder per booking, a day before the slot by default, with the calendar event again. Runs on the clustered Quartz
 * store like the other jobs, so with several instances one sends it; {@code remindedAt} makes sure it goes once. A booking
 * made after the reminder was due gets none: its confirmation has just arrived.
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

    /** Queues the reminders that are due now; returns how many. */
    @Transactional
    public int remindDue() {
        Instant now = Instant.now(clock);
        List<Booking> due = Booking.dueForReminder(now, now.plus(config.remindBefore()), config.remindBefore());
        for (Booking booking : due) {
            booking.remindedAt = now;
            bookings.mailCandidate(booking, BookingEvent.REMINDER);
        }
        return due.size();
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
