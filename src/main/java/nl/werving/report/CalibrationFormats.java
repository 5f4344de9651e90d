package nl.werving.report;

import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import nl.werving.interview.InterviewerCalibration.Advice;
import nl.werving.interview.InterviewerCalibration.Agreement;
import nl.werving.interview.InterviewerCalibration.Shift;

/**
 * The calibration figures as each language writes them (template extensions), and the machine way for the CSV.
 */
public final class CalibrationFormats {

    private CalibrationFormats() {
    }

    /** {@code +1,0} and {@code -0,5} in Dutch: always signed, as the sign is the message. */
    @TemplateExtension
    static String signed(Shift shift, @TemplateAttribute("locale") Object locale) {
        return shift.value() == null ? "" : signed(shift.value(), number(locale, 1));
    }

    /** Alpha with two decimals: {@code 0,64}. */
    @TemplateExtension
    static String formatted(Agreement agreement, @TemplateAttribute("locale") Object locale) {
        return agreement.alpha() == null ? "" : number(locale, 2).format(agreement.alpha());
    }

    /** {@code 75%}. */
    @TemplateExtension
    static String percent(Advice advice, @TemplateAttribute("locale") Object locale) {
        if (advice.share() == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(regional(locale));
        format.setMaximumFractionDigits(0);
        return format.format(advice.share());
    }

    /** For the CSV: {@code +1.0}, {@code -0.5}, a dot whatever the language. */
    static String machine(Double value, int decimals) {
        return value == null ? "" : signed(value, number(Locale.ROOT, decimals));
    }

    /** For the CSV: {@code 0.64}, unsigned. */
    static String plain(Double value, int decimals) {
        return value == null ? "" : number(Locale.ROOT, decimals).format(value);
    }

    private static String signed(double value, NumberFormat format) {
        String formatted = format.format(Math.abs(value));
        // Rounding to zero shows no sign: "+0,0" would read as a direction.
        if (format.format(0).equals(formatted)) {
            return formatted;
        }
        return (value > 0 ? "+" : "-") + formatted;
    }

    private static NumberFormat number(Object locale, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale == Locale.ROOT ? Locale.ROOT : regional(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setGroupingUsed(false);
        return format;
    }

    private static Locale regional(Object locale) {
        String language = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return switch (language) {
            case "en" -> Locale.forLanguageTag("en-IE");
            case "fr" -> Locale.forLanguageTag("fr-BE");
            default -> Locale.forLanguageTag("nl-NL");
        };
    }
}
