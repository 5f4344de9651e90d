package nl.werving.web;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Waiting counted as candidates are promised it: in working days, Monday to Friday. A candidate who entered a stage on
 * Friday has waited one working day on Monday, not three days.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public static long between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate day = from.plusDays(weeks * 7 + 1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The last day from which {@code to} lies more than {@code limit} working days ahead: entered then or before is late. */
    public static LocalDate lastDayOverLimit(LocalDate to, int limit) {
        LocalDate day = to;
        int counted = 0;
        while (counted <= limit) {
            if (isWorkingDay(day)) {
                counted++;
            }
            day = day.minusDays(1);
        }
        return day;
    }

    /** The first working day after {@code day}: Monday for a Friday, Saturday or Sunday. */
    public static LocalDate next(LocalDate day) {
        return plus(day, 1);
    }

    /** The working day {@code days} working days after {@code day} (the inverse of {@link #between}). */
    public static LocalDate plus(LocalDate day, int days) {
        LocalDate result = day;
        int counted = 0;
        while (counted < days) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
