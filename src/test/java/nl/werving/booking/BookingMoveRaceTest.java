package nl.werving.booking;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.booking.TestSlots.mails;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.support.TestClock;
import nl.werving.vacancy.Vacancy;

/**
 * A candidate moves their booking while a job mails about it. While the confirmation job is queueing the confirmation of the
 * first moment, the move waits for the job, is made from the booking as the job left it, and owes the mail of the move.
 * While a move holds one booking, the reminder job reminds the others and that one on its next run.
 */
@QuarkusTest
class BookingMoveRaceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    Bookings bookings;

    @Inject
    BookingConfirmations confirmations;

    @Inject
    BookingReminders reminders;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aMoveMadeWhileTheConfirmationJobHoldsTheBookingIsMadeAfterItAndConfirmedAsAMove() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Slot monday = aSlot().of(vacancy, stagesOf(vacancy).get(2)).inHours(72).persist();
        Slot tuesday = aSlot().of(vacancy, stagesOf(vacancy).get(2)).inHours(96).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        String email = BookingTest.email(application);
        assertEquals(Bookings.Outcome.BOOKED, bookings.book(application.candidate.id, application.id, monday.id, DUTCH));
        long bookingId = QuarkusTransaction.requiringNew().call(() -> Booking.of(application.id, monday.kind).orElseThrow().id);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> job = pool.submit(() -> queueAndHold(bookingId, held, release));
            assertTrue(held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the job queued the confirmation and holds the booking");
            // The job commits once the move waits for its lock: the move read the booking before the job's change.
            Future<?> letThrough = TestSlots.releaseWhenSomeoneWaits(pool, release, dataSource, databaseKind, PATIENCE);
            assertEquals(Bookings.Outcome.RESCHEDULED, bookings.book(application.candidate.id, application.id, tuesday.id, DUTCH));
            job.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            letThrough.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        Booking moved = QuarkusTransaction.requiringNew().call(() -> Booking.<Booking> findById(bookingId));
        assertEquals(BookingEvent.RESCHEDULED, moved.mailOwed, "the move owes its own confirmation");
        assertEquals(1, moved.calendarSequence);
        assertEquals(0, TestSlots.reload(monday.id).booked, "the first seat is given back");
        assertEquals(1, TestSlots.reload(tuesday.id).booked);
        confirmations.queueOwed();
        assertEquals(1, mails("booking-booked", email).size(), "the first moment, confirmed by the job");
        assertEquals(1, mails("booking-rescheduled", email).size(), "and the move");
    }

    @Test
    void aBookingHeldByAMoveDoesNotHoldUpTheOtherRemindersAndIsRemindedOnTheNextRun() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Slot slot = aSlot().of(vacancy, stagesOf(vacancy).get(2)).inHours(72).seats(2).persist();
        Application moving = anApplication().to(vacancy).inStage(2).persist();
        Application staying = anApplication().to(vacancy).inStage(2).persist();
        assertEquals(Bookings.Outcome.BOOKED, bookings.book(moving.candidate.id, moving.id, slot.id, DUTCH));
        assertEquals(Bookings.Outcome.BOOKED, bookings.book(staying.candidate.id, staying.id, slot.id, DUTCH));
        long heldId = QuarkusTransaction.requiringNew().call(() -> Booking.of(moving.id, slot.kind).orElseThrow().id);
        TestClock.set(slot.startsAt.minus(Duration.ofHours(23)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> move = pool.submit(() -> lockAndHold(heldId, held, release));
            assertTrue(held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the move holds its booking");
            // Run beside the held booking: a run that waited for it, or failed on it, reminds nobody.
            pool.submit(reminders::remindDue).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(1, mails("booking-reminder", BookingTest.email(staying)).size(), "the other booking is reminded at once");
            assertEquals(0, mails("booking-reminder", BookingTest.email(moving)).size(), "the held one waits for the next run");
            release.countDown();
            move.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        reminders.remindDue();
        reminders.remindDue();
        assertEquals(1, mails("booking-reminder", BookingTest.email(moving)).size(), "reminded on the next run, once");
        assertEquals(1, mails("booking-reminder", BookingTest.email(staying)).size(), "and the other one not again");
    }

    /** A candidate's move holding the booking's row, until {@code release}. */
    private Void lockAndHold(long bookingId, CountDownLatch held, CountDownLatch release) {
        QuarkusTransaction.requiringNew().run(() -> {
            Booking.getEntityManager().find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
            held.countDown();
            TestSlots.holdUntil(release, PATIENCE);
        });
        return null;
    }

    /** The job's work for one booking, held open before the commit until {@code release}. */
    private Void queueAndHold(long bookingId, CountDownLatch held, CountDownLatch release) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(confirmations.queue(bookingId));
            Booking.getEntityManager().flush();
            held.countDown();
            TestSlots.holdUntil(release, PATIENCE);
        });
        return null;
    }
}
