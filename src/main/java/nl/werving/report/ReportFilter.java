package nl.werving.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

import nl.werving.pipeline.FactScope;
import nl.werving.web.Formats;
import nl.werving.web.FormErrors;

/**
 * What the reports page shows: a period of whole days (both included) and, each optional, one vacancy, a team and a
 * location. Read from the URL, so a view can be shared; a value that cannot be read gets a message beside its field
 * and the default instead.
 */
public record ReportFilter(LocalDate from, LocalDate to, Long vacancyId, String team, String city) {

    /** The default period: the last twelve months up to today. */
    static ReportFilter lastYear(LocalDate today) {
        return new ReportFilter(today.minusMonths(12), today, null, null, null);
    }

    /** The calendar month before today's. */
    static ReportFilter lastMonth(LocalDate today) {
        LocalDate first = today.minusMonths(1).withDayOfMonth(1);
        return new ReportFilter(first, first.with(TemporalAdjusters.lastDayOfMonth()), null, null, null);
    }

    /** The filter the query asks for, with a message per field it could not read. */
    static ReportFilter parse(String from, String to, String vacancy, String team, String city, LocalDate today,
            ReportMessages messages, FormErrors errors) {
        ReportFilter defaults = lastYear(today);
        LocalDate start = date(from, defaults.from, "from", messages, errors);
        LocalDate end = date(to, defaults.to, "to", messages, errors);
        if (start.isAfter(end)) {
            errors.add("to", messages.toBeforeFrom());
            start = defaults.from;
            end = defaults.to;
        }
        Long vacancyId = null;
        if (vacancy != null && !vacancy.isBlank()) {
            try {
                vacancyId = Long.valueOf(vacancy.strip());
            } catch (NumberFormatException e) {
                errors.add("vacancy", messages.unknownVacancy());
            }
        }
        return new ReportFilter(start, end, vacancyId, blankless(team), blankless(city));
    }

    /** The facts this filter reads; a hiring manager's are always limited to their own vacancies. */
    FactScope scope(Long hiringManagerId) {
        return new FactScope(from.atStartOfDay(Formats.ZONE).toInstant(), to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant(),
                vacancyId, team, city, hiringManagerId);
    }

    /** The query string of this filter, for links to the CSV files and to other views. */
    public String query() {
        StringBuilder query = new StringBuilder("from=").append(from).append("&to=").append(to);
        if (vacancyId != null) {
            query.append("&vacancy=").append(vacancyId);
        }
        if (team != null) {
            query.append("&team=").append(java.net.URLEncoder.encode(team, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (city != null) {
            query.append("&city=").append(java.net.URLEncoder.encode(city, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static LocalDate date(String value, LocalDate fallback, String field, ReportMessages messages, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, messages.invalidDate());
            return fallback;
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
