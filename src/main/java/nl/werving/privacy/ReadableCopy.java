package nl.werving.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.web.Formats;

/**
 * The candidate's copy as a page a person reads: every section of {@code werving-gegevens.json} under a heading, its
 * rows as a table, in the candidate's language. Drawn from the same data as the JSON, so the two cannot differ; its CSS
 * is inline and it fetches nothing, so it opens from the ZIP without a network.
 */
public final class ReadableCopy {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance copy(String language, String exportedAt, List<Table> sections);
    }

    /** One section: a row of cells under the columns, each cell its lines; a list of texts has no columns. */
    public record Table(String title, List<String> columns, List<List<List<String>>> rows) {
    }

    private final String language;
    private final PrivacyMessages messages;

    private ReadableCopy(String language) {
        this.language = language;
        this.messages = MessageBundles.get(PrivacyMessages.class, Localized.Literal.of(language));
    }

    /** The page of these sections of the JSON, by name, in their order. */
    static String render(Map<String, Object> sections, Instant exportedAt, String language) {
        ReadableCopy copy = new ReadableCopy(language);
        List<Table> tables = sections.entrySet().stream().map(entry -> copy.table(entry.getKey(), entry.getValue())).toList();
        return Templates.copy(language, Formats.dateTime(exportedAt, language), tables).setLocale(Locale.forLanguageTag(language)).render();
    }

    private Table table(String name, Object content) {
        List<?> items = content instanceof Collection<?> list ? List.copyOf(list) : List.of(content);
        Set<String> keys = new LinkedHashSet<>();
        items.stream().filter(Map.class::isInstance).forEach(item -> ((Map<?, ?>) item).keySet().forEach(key -> keys.add((String) key)));
        List<List<List<String>>> rows = items.stream().map(item -> item instanceof Map<?, ?> row
                ? keys.stream().map(key -> lines(row.get(key))).toList()
                : List.of(lines(item))).toList();
        return new Table(messages.exportSection(name), keys.stream().map(messages::exportField).toList(), rows);
    }

    /** A cell: one line per nested row, {@code label: value} for each of its fields. */
    private List<String> lines(Object value) {
        if (value instanceof Collection<?> list) {
            List<String> lines = new ArrayList<>();
            list.forEach(item -> lines.add(text(item)));
            return lines;
        }
        return value == null ? List.of() : List.of(text(value));
    }

    private String text(Object value) {
        if (value instanceof Map<?, ?> row) {
            return row.entrySet().stream().map(e -> messages.exportField((String) e.getKey()) + ": " + text(e.getValue()))
                    .collect(Collectors.joining(" · "));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(this::text).collect(Collectors.joining(" · "));
        }
        if (value instanceof Instant at) {
            return Formats.dateTime(at, language);
        }
        if (value instanceof LocalDate day) {
            return Formats.date(day, language);
        }
        // Codes such as REJECTED or STRONG_YES read as words; free text never matches.
        if (value instanceof Boolean || value instanceof String code && code.matches("[A-Z][A-Z_]+")) {
            return messages.exportValue(value.toString());
        }
        return value.toString();
    }
}
