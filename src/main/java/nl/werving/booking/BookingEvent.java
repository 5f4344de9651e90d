package nl.werving.booking;

import io.quarkus.qute.TemplateEnum;

/** Why a candidate gets a booking mail; each has its own subject and opening line. */
@TemplateEnum
public enum BookingEvent {
    BOOKED, RESCHEDULED, PROMOTED, CANCELLED, SLOT_CANCELLED, REMINDER, ENDED;

    /** The application ended: there is nothing left to choose. */
    public boolean isFinal() {
        return this == ENDED;
    }

    public boolean isCancellation() {
        return this == CANCELLED || this == SLOT_CANCELLED || this == ENDED;
    }
}
