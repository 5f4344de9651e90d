package nl.werving.booking;

import io.quarkus.qute.TemplateEnum;

/** What a slot is for; the kind decides the usual capacity and duration the form suggests. */
@TemplateEnum
public enum SlotKind {
    PHONE_SCREEN(1, 20), ROLE_PLAY(1, 45), GROUP_SESSION(8, 90), INTERVIEW(1, 45);

    public final int defaultCapacity;
    public final int defaultMinutes;

    SlotKind(int defaultCapacity, int defaultMinutes) {
        this.defaultCapacity = defaultCapacity;
        this.defaultMinutes = defaultMinutes;
    }
}
