package nl.werving.booking;

import io.quarkus.qute.TemplateEnum;

/** A slot is bookable while open; a cancelled slot stays on the page so the recruiter sees what happened. */
@TemplateEnum
public enum SlotStatus {
    OPEN, CANCELLED
}
