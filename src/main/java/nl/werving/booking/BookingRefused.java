package nl.werving.booking;

import nl.werving.booking.Bookings.BookingPage;
import nl.werving.web.RuleViolation;

/** A booking refused by a rule before a seat was taken, with the booking page read in the refusing transaction. */
public class BookingRefused extends RuleViolation {

    private final transient BookingPage page;

    BookingRefused(RuleViolation refusal, BookingPage page) {
        super(refusal.code(), refusal.getMessage());
        this.page = page;
    }

    public BookingPage page() {
        return page;
    }
}
