package nl.werving.web;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Reading form values by hand, for forms taken as a whole because their fields repeat per row (referees, topics) and for
 * choices that must give a message rather than a 400 when they are missing or unknown.
 */
public final class FormFields {

    private FormFields() {
    }

    /** The value trimmed, or {@code null} when nothing but spaces was sent: for optional fields. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The field's first value, trimmed; empty when the field was not sent. */
    public static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /**
     * A textarea's value with each line break as one character. Browsers count it as one against {@code maxlength} (and
     * so do people), but send it as CR LF.
     */
    public static String lines(String value) {
        return value == null ? null : value.replace("\r\n", "\n");
    }

    /** The constant named exactly {@code value}, or {@code null} for nothing or anything else. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
