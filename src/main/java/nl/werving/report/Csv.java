package nl.werving.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as a CSV file (RFC 4180): a byte-order mark so spreadsheet programs read UTF-8, every field quoted when it
 * holds a comma, quote or line break, and a text that starts like a formula ({@code =}, {@code +}, {@code -},
 * {@code @}) preceded by an apostrophe, since stage and reason names are typed by users.
 */
final class Csv {

    private Csv() {
    }

    static String of(ReportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(table.headers()));
        table.rows().forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
