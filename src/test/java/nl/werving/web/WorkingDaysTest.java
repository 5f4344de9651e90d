package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Waiting is counted in working days, Monday to Friday. */
class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void countsNothingOnTheSameDayOrBefore() {
        assertEquals(0, WorkingDays.between(MONDAY, MONDAY));
        assertEquals(0, WorkingDays.between(MONDAY, FRIDAY));
    }

    @Test
    void skipsTheWeekend() {
        assertEquals(1, WorkingDays.between(FRIDAY, MONDAY), "Friday to Monday");
        assertEquals(0, WorkingDays.between(FRIDAY, FRIDAY.plusDays(2)), "Friday to Sunday");
        assertEquals(1, WorkingDays.between(FRIDAY.plusDays(1), MONDAY), "Saturday to Monday");
        assertEquals(5, WorkingDays.between(MONDAY, MONDAY.plusWeeks(1)), "a week");
        assertEquals(4, WorkingDays.between(MONDAY, FRIDAY.plusWeeks(1)), "Monday to Friday");
    }

    @Test
    void countsLongStretchesLikeDayByDay() {
        for (int start = 0; start < 7; start++) {
            LocalDate from = MONDAY.plusDays(start);
            long count = 0;
            for (int length = 0; length < 60; length++) {
                LocalDate to = from.plusDays(length);
                if (length > 0 && WorkingDays.isWorkingDay(to)) {
                    count++;
                }
                assertEquals(count, WorkingDays.between(from, to), from + " to " + to);
            }
        }
    }

    @Test
    void theLastDayOverTheLimitIsTheLatestEntryThatIsLate() {
        for (int offset = 0; offset < 7; offset++) {
            LocalDate today = MONDAY.plusDays(offset);
            for (int limit = 1; limit <= 12; limit++) {
                LocalDate last = WorkingDays.lastDayOverLimit(today, limit);
                assertTrue(WorkingDays.between(last, today) > limit, "late on " + last + " with limit " + limit);
                assertTrue(WorkingDays.between(last.plusDays(1), today) <= limit, "in time on the day after " + last);
            }
        }
    }
}
