package nl.werving.booking;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.RuleViolation;

/** Fifty candidates race for ten seats at the same moment: exactly ten get one, the rest are told it is full. */
@QuarkusTest
class BookingRaceTest {

    static final int CANDIDATES = 50;
    static final int SEATS = 10;
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    Bookings bookings;

    @Test
    void fiftyCandidatesRacingForTenSeatsBookExactlyTen() throws Exception {
        Vacancy vacancy = aVacancy().titled("Klantenservice Drukte").published().persist();
        Stage stage = stagesOf(vacancy).get(2);
        Slot slot = aSlot().of(vacancy, stage).kind(SlotKind.GROUP_SESSION).seats(SEATS).persist();
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            applications.add(anApplication().to(vacancy).inStage(2).persist());
        }

        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (Application application : applications) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return bookings.book(application.candidate.id, application.id, slot.id, DUTCH).name();
                    } catch (BookingRefused refused) {
                        // The page it answers with was read after the seats went: the slot shows as full, not with a seat.
                        Bookings.Offer offer = refused.page().offers().get(0);
                        return refused.code() + (offer.openSlots().isEmpty() && offer.fullSlots().size() == 1 ? "" : " shown open");
                    } catch (RuleViolation refused) {
                        return refused.code() + " without its page";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertEquals(SEATS, results.stream().filter("BOOKED"::equals).count(), results.toString());
            assertEquals(CANDIDATES - SEATS, results.stream().filter("slot-full"::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(SEATS, TestSlots.reload(slot.id).booked);
        assertEquals(SEATS, TestSlots.bookings(slot.id));
        assertEquals((long) SEATS, QuarkusTransaction.requiringNew().call(() -> BookingFact.count("vacancyId", vacancy.id)));
    }

    @Test
    void oneApplicationBookingTwiceAtOnceKeepsOneBooking() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        Stage stage = stagesOf(vacancy).get(2);
        Slot first = aSlot().of(vacancy, stage).seats(5).persist();
        Slot second = aSlot().of(vacancy, stage).seats(5).inHours(100).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> both = new ArrayList<>();
            for (Slot slot : List.of(first, second)) {
                both.add(pool.submit(() -> {
                    start.await();
                    try {
                        bookings.book(application.candidate.id, application.id, slot.id, DUTCH);
                    } catch (RuntimeException refusedByTheUniqueKey) {
                        // the other one won
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : both) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Booking.count("application.id", application.id)));
        assertEquals(1, TestSlots.reload(first.id).booked + TestSlots.reload(second.id).booked, "one seat taken in all");
    }
}
