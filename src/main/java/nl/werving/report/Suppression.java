package nl.werving.report;

import java.text.NumberFormat;
import java.util.Locale;

import nl.werving.web.Formats;

/**
 * Figures as a report may show them: a count of fewer than {@value #MIN_GROUP} people reads "&lt; 5", and a share,
 * median or rate that rests on so few is not shown at all, so no cell singles out a person. HTML, CSV and charts
 * all go through here.
 */
final class Suppression {

    static final int MIN_GROUP = 5;
    static final String FEW = "< " + MIN_GROUP;
    static final String NONE = "–";

    private Suppression() {
    }

    static boolean few(long count) {
        return count > 0 && count < MIN_GROUP;
    }

    static String count(long count, Locale locale) {
        return few(count) ? FEW : NumberFormat.getIntegerInstance(Formats.regional(locale)).format(count);
    }

    /** The value a chart draws: none for a small group, so the bar is missing rather than telling. */
    static Double chartCount(long count) {
        return few(count) ? null : (double) count;
    }

    static String share(long part, long whole, Locale locale) {
        if (whole == 0) {
            return NONE;
        }
        if (few(part) || whole < MIN_GROUP) {
            return FEW;
        }
        return NumberFormat.getPercentInstance(Formats.regional(locale)).format((double) part / whole);
    }

    /** Days with one decimal, of a group of {@code count} people. */
    static String days(double days, long count, Locale locale) {
        if (count == 0) {
            return NONE;
        }
        return count < MIN_GROUP ? FEW : Formats.oneDecimal(days, locale);
    }

    static Double chartDays(double days, long count) {
        return count < MIN_GROUP ? null : Math.round(days * 10) / 10.0;
    }
}
