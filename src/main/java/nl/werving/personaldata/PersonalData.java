package nl.werving.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One feature's share of a candidate's export: sections of the JSON file, and files that go into the ZIP as they were
 * received.
 */
public record PersonalData(List<Section> sections, List<File> files) {

    public static final PersonalData NONE = new PersonalData(List.of(), List.of());

    /**
     * A top-level entry of {@code werving-gegevens.json}. Sections appear by {@code position}, so the file keeps the
     * same order whichever feature answers first: the person first, then the procedure, assessments, consents, mails
     * and documents.
     */
    public record Section(int position, String name, Object content) {
    }

    /** A file in the ZIP, under {@code path}. */
    public record File(String path, byte[] content) {
    }

    public static PersonalData of(Section... sections) {
        return new PersonalData(List.of(sections), List.of());
    }

    public static Section section(int position, String name, Object content) {
        return new Section(position, name, content);
    }

    /**
     * A JSON object with its keys in this order; {@code null} values stay out. Instants stay instants, so the JSON writes
     * them as ISO text and the readable page in the candidate's way of writing dates.
     */
    public static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                row.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return row;
    }
}
