package nl.werving.booking;

import io.quarkus.qute.TemplateEnum;

/** How a booking ended, as the anonymous fact keeps it. */
@TemplateEnum
public enum BookingOutcome {
    BOOKED, CANCELLED, ATTENDED, NO_SHOW
}
