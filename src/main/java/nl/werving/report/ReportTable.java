package nl.werving.report;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One report as the page and its CSV file show it: a table of figures already formatted and suppressed, and the chart
 * drawn from the same rows (or none).
 *
 * @param name the report's name in its CSV file's address, {@code /app/reports/<name>.csv}
 * @param quotes texts shown beneath the table, not in the CSV file (the survey's latest comments)
 */
public record ReportTable(String name, String title, String explanation, List<String> headers, List<List<String>> rows,
        Chart chart, List<String> quotes) {

    /** A report of figures only. */
    public ReportTable(String name, String title, String explanation, List<String> headers, List<List<String>> rows, Chart chart) {
        this(name, title, explanation, headers, rows, chart, List.of());
    }

    /** Bars per label, one series each; a missing value (a small group) draws no bar. */
    public record Chart(boolean horizontal, List<String> labels, List<Series> series) {
    }

    public record Series(String name, List<Double> values) {
    }

    /** The chart as the page's script reads it from a data attribute: {@code {"labels": [...], "series": [{"name", "values"}]}}. */
    public String chartJson() {
        if (chart == null) {
            return "";
        }
        JsonArray series = new JsonArray();
        chart.series().forEach(s -> series.add(new JsonObject().put("name", s.name()).put("values", new JsonArray(new ArrayList<>(s.values())))));
        return new JsonObject().put("labels", new JsonArray(new ArrayList<>(chart.labels()))).put("series", series).encode();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
