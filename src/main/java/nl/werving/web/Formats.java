package nl.werving.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Numbers, money, dates and multi-line texts the way each language writes them. */
@TemplateExtension
public class Formats {

    /** The Netherlands and Belgium share one time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** {@code € 2.600} in Dutch, {@code €2,600} in English, {@code 2 600 €} in French. */
    static String euros(Integer amount, @TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(regional(locale));
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** {@code 24 nov. 2026}. */
    public static String date(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(regional(locale)).format(date);
    }

    /** The day of a moment, in Dutch/Belgian time. */
    static String date(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate(), locale);
    }

    /** {@code 24 nov. 2026 14:05}, in Dutch/Belgian time. */
    public static String dateTime(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(regional(locale)).format(instant.atZone(ZONE));
    }

    /** {@code 14:05}, in Dutch/Belgian time. */
    static String time(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(regional(locale)).format(instant.atZone(ZONE));
    }

    /** A mean score: {@code 3,7} in Dutch and French, {@code 3.7} in English. */
    public static String oneDecimal(Double value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(regional(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Machine-readable date for {@code <time datetime>} and date inputs. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A value as it goes into a link's query string. */
    static String urlParam(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A text with one item per line, as the list items it stands for. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).map(Formats::withoutBullet).filter(s -> !s.isEmpty()).toList();
    }

    private static String withoutBullet(String line) {
        return line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ") ? line.substring(2).strip() : line;
    }

    public static Locale regional(Object locale) {
        String language = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return switch (language) {
            case "en" -> Locale.forLanguageTag("en-IE");
            case "fr" -> Locale.forLanguageTag("fr-BE");
            default -> Locale.forLanguageTag("nl-NL");
        };
    }
}
