package nl.werving.automation;

import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import io.quarkus.qute.TemplateEnum;
import nl.werving.web.WorkingDays;
import nl.werving.web.Formats;

/** When an automation runs after the application entered the stage. */
@TemplateEnum
public enum AutomationDelay {
    IMMEDIATELY, HOURS, NEXT_WORKING_DAY;

    /** Up to four weeks: a longer wait belongs in a stage of its own, with its time limit. */
    public static final int MAX_HOURS = 672;

    /** Candidates get mail at the start of an office day, not at midnight. */
    static final LocalTime MORNING = LocalTime.of(9, 0);

    /** When an action planned at {@code enteredAt} is due. */
    public Instant dueAfter(Instant enteredAt, Integer hours) {
        return switch (this) {
            case IMMEDIATELY -> enteredAt;
            case HOURS -> enteredAt.plus(hours == null ? 0 : hours, ChronoUnit.HOURS);
            case NEXT_WORKING_DAY -> WorkingDays.next(enteredAt.atZone(Formats.ZONE).toLocalDate()).atTime(MORNING)
                    .atZone(Formats.ZONE).toInstant();
        };
    }
}
