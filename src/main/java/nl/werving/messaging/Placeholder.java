package nl.werving.messaging;

import java.util.Arrays;
import java.util.Optional;

import io.quarkus.qute.TemplateEnum;

/**
 * What a message template may fill in per recipient, written as {@code {first_name}} in the subject or body. The same
 * names in every language, so an admin copies a Dutch text into the English field and translates only the words.
 */
@TemplateEnum
public enum Placeholder {
    FIRST_NAME("first_name"),
    VACANCY("vacancy"),
    STATUS_LINK("status_link"),
    RECRUITER("recruiter");

    private final String name;

    Placeholder(String name) {
        this.name = name;
    }

    /** The placeholder as written in a text, braces included. */
    public String token() {
        return "{" + name + "}";
    }

    public static Optional<Placeholder> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name.equals(name)).findFirst();
    }
}
