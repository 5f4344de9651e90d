package nl.werving.booking;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Queues the confirmation each booking owes its candidate. A booking, a move or a seat given from the waiting list is
 * written with the mail it owes ({@link Booking#mailOwed}); this job renders that mail with the calendar event from the
 * booking as it is then and hands it to the outbox, seconds later. In a rush for a few seats the requests take seats and
 * nothing else: rendering and sealing the confirmation was a third of a booking's work. A booking moved before its
 * confirmation went out gets one confirmation, of the new moment. Runs on the clustered Quartz store like the other
 * jobs, and each booking is locked while its mail is queued, so the mail goes once.
 */
@ApplicationScoped
public class BookingConfirmations {

    /** At most this many confirmations per run; the next run takes the rest. */
    private static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(BookingConfirmations.class);

    private final Bookings bookings;

    public BookingConfirmations(Bookings bookings) {
        this.bookings = bookings;
    }

    @Scheduled(identity = "booking-confirmations", every = "${werving.booking.confirm-every}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void run() {
        queueOwed();
    }

    /** Queues the confirmations owed now, each in a transaction of its own; returns how many. */
    public int queueOwed() {
        List<Long> owing = QuarkusTransaction.requiringNew().call(() -> Booking.owingMail(BATCH));
        int queued = 0;
        for (long bookingId : owing) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> queue(bookingId))) {
                    queued++;
                }
            } catch (RuntimeException e) {
                // Only the id: the mail is about a candidate. The booking still owes it; the next run tries again.
                LOG.warnf("Confirmation of booking #%d not queued: %s", bookingId, e.getClass().getSimpleName());
            }
        }
        return queued;
    }

    /** Queues the confirmation the booking owes, in the caller's transaction; false when none is owed (any more). */
    boolean queue(long bookingId) {
        Booking booking = Booking.lockOwing(bookingId);
        if (booking == null) {
            return false;
        }
        bookings.mailCandidate(booking, booking.mailOwed);
        booking.mailOwed = null;
        return true;
    }
}
