package nl.werving.booking;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.booking.TestSlots.bookingUrl;
import static nl.werving.booking.TestSlots.statusToken;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.booking.BookingTest.Setup;
import nl.werving.candidate.CandidateService;
import nl.werving.pipeline.Application;
import nl.werving.support.SqlStatements;
import nl.werving.support.WebSession;

/**
 * In a rush for a few seats most bookings are refused, so a refusal answers with the page it read while refusing: no more
 * statements than opening the page (the slot asked for is among the moments the page reads), whatever the moments on offer.
 */
@QuarkusTest
class BookingQueryCountTest {

    @Inject
    CandidateService candidates;

    @Inject
    SqlStatements statements;

    @Test
    void aRefusedBookingReadsNoMoreStatementsThanThePageWhateverTheMomentsOnOffer() {
        long fewMoments = refusedAndPage(1)[0];
        long[] many = refusedAndPage(12);
        assertEquals(fewMoments, many[0], "statements of a refused booking with 2 and with 13 moments on offer");
        assertTrue(many[0] <= many[1], "a refused booking took " + many[0] + " statements, its page " + many[1]);
    }

    /** A full slot and {@code others} open ones; the statements of a refused booking of the full one, and of the page. */
    private long[] refusedAndPage(int others) {
        Setup setup = BookingTest.vacancyWithRolePlayStage();
        Slot full = aSlot().of(setup.vacancy(), setup.stage()).inHours(72).persist();
        for (int i = 0; i < others; i++) {
            aSlot().of(setup.vacancy(), setup.stage()).inHours(96 + i).persist();
        }
        Application first = BookingTest.candidateIn(setup);
        WebSession.anonymous().post(bookingUrl(statusToken(candidates, first), first), Map.of("slotId", full.id)).then().statusCode(303);
        Application late = BookingTest.candidateIn(setup);
        String url = bookingUrl(statusToken(candidates, late), late);
        WebSession session = WebSession.anonymous();
        long refused = statements.forRequest(() -> session.post(url, Map.of("slotId", full.id)).then().statusCode(409)
                .body(containsString("Dat moment is net volgeboekt")));
        return new long[] { refused, statements.forPage(session, url) };
    }
}
