package nl.werving.booking;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.booking.TestSlots.bookings;
import static nl.werving.booking.TestSlots.mails;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * A booking is written after its seat was taken, in a transaction of its own. A recruiter who cancels the slot meanwhile
 * waits for that booking and tells its candidate, and on PostgreSQL a candidate taking the next seat does not wait for it.
 */
@QuarkusTest
class SlotCancelRaceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Bookings bookings;

    @Inject
    SeatCounter seats;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Test
    void aSlotCancelledWhileABookingIsWrittenWaitsForItAndTellsItsCandidate() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Slot slot = aSlot().of(vacancy, stagesOf(vacancy).get(2)).seats(5).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        String email = BookingTest.email(application);
        assertEquals(1, seats.take(slot.id, Instant.now()));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> booking = pool.submit(() -> writeBookingAndHold(application, slot, held, release));
            assertTrue(held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the booking is written and holds the slot");
            // The booking commits once the cancellation waits for it; a cancellation that did not wait finds no booking.
            Future<?> letThrough = TestSlots.releaseWhenSomeoneWaits(pool, release, dataSource, databaseKind, PATIENCE);
            WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id + "/slots/" + slot.id + "/cancel").then()
                    .statusCode(303);
            booking.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            letThrough.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }

        assertEquals(0, bookings(slot.id), "the booking written meanwhile went with the cancellation");
        assertEquals(1, mails("booking-slot-cancelled", email).size(), "its candidate is told");
        Slot cancelled = TestSlots.reload(slot.id);
        assertEquals(SlotStatus.CANCELLED, cancelled.status);
        assertEquals(0, cancelled.booked);
    }

    @Test
    void onPostgresqlTakingASeatDoesNotWaitForABookingBeingWritten() throws Exception {
        assumeTrue(DatabaseKind.isPostgreSQL(databaseKind), "H2 holds the slot's row exclusively");
        Vacancy vacancy = aVacancy().published().persist();
        Slot slot = aSlot().of(vacancy, stagesOf(vacancy).get(2)).seats(5).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        assertEquals(1, seats.take(slot.id, Instant.now()));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<?> booking = pool.submit(() -> writeBookingAndHold(application, slot, held, release));
            assertTrue(held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the booking is written and holds the slot");
            try {
                assertEquals(2, assertTimeoutPreemptively(Duration.ofSeconds(10), () -> seats.take(slot.id, Instant.now())),
                        "the next seat, taken while the first booking holds the slot");
            } finally {
                release.countDown();
            }
            booking.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertEquals(1, bookings(slot.id));
        assertEquals(2, TestSlots.reload(slot.id).booked);
    }

    /** What {@link Bookings} does once the seat is taken, held open before the commit until {@code release}. */
    private Void writeBookingAndHold(Application application, Slot slot, CountDownLatch held, CountDownLatch release) {
        QuarkusTransaction.requiringNew().run(() -> {
            bookings.newBooking(Application.findById(application.id), Slot.findById(slot.id), BookingEvent.BOOKED);
            assertEquals(SlotStatus.OPEN, Slot.holdForBooking(slot.id, DatabaseKind.isPostgreSQL(databaseKind)));
            held.countDown();
            TestSlots.holdUntil(release, PATIENCE);
        });
        return null;
    }
}
