package nl.werving.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subject or body with placeholders ({@link Placeholder}): read once, then filled in per recipient. A literal brace is
 * written twice ({@code {{} or {@code }}}). Anything else between braces, and a brace left open or never opened, is a
 * mistake reported with its line and column, so the admin finds it in a long text.
 */
public final class MessageText {

    /** A piece of the text: literal text, or a placeholder to fill in. */
    public record Part(String text, Placeholder placeholder) {
    }

    /** What is wrong and where: line and column count from 1, as an editor shows them. */
    public record Mistake(Kind kind, String found, int line, int column) {

        public enum Kind {
            UNKNOWN, UNCLOSED, UNOPENED
        }
    }

    private final List<Part> parts;

    private MessageText(List<Part> parts) {
        this.parts = parts;
    }

    /** The first mistake in the text, if any. */
    public static Optional<Mistake> firstMistake(String text) {
        Mistake[] found = new Mistake[1];
        read(text, found);
        return Optional.ofNullable(found[0]);
    }

    /** The text read; call only on a text without mistakes (a saved template, a validated form). */
    public static MessageText of(String text) {
        Mistake[] found = new Mistake[1];
        List<Part> parts = read(text, found);
        if (found[0] != null) {
            throw new IllegalArgumentException("Text has a " + found[0].kind() + " placeholder mistake");
        }
        return new MessageText(parts);
    }

    public boolean uses(Placeholder placeholder) {
        return parts.stream().anyMatch(part -> part.placeholder() == placeholder);
    }

    /** The text with every placeholder replaced by its value. */
    public String fill(Map<Placeholder, String> values) {
        StringBuilder filled = new StringBuilder();
        parts.forEach(part -> filled.append(part.placeholder() == null ? part.text() : values.getOrDefault(part.placeholder(), "")));
        return filled.toString();
    }

    private static List<Part> read(String text, Mistake[] mistake) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                mistake[0] = new Mistake(Mistake.Kind.UNOPENED, "}", line, i - lineStart + 1);
                return parts;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                int nextOpen = text.indexOf('{', i + 1);
                int lineEnd = text.indexOf('\n', i);
                if (end < 0 || (nextOpen >= 0 && nextOpen < end) || (lineEnd >= 0 && lineEnd < end)) {
                    mistake[0] = new Mistake(Mistake.Kind.UNCLOSED, "{", line, i - lineStart + 1);
                    return parts;
                }
                String name = text.substring(i + 1, end);
                Optional<Placeholder> placeholder = Placeholder.named(name.strip());
                if (placeholder.isEmpty()) {
                    mistake[0] = new Mistake(Mistake.Kind.UNKNOWN, text.substring(i, end + 1), line, i - lineStart + 1);
                    return parts;
                }
                if (!literal.isEmpty()) {
                    parts.add(new Part(literal.toString(), null));
                    literal.setLength(0);
                }
                parts.add(new Part(null, placeholder.get()));
                i = end + 1;
            } else {
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                literal.append(c);
                i++;
            }
        }
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), null));
        }
        return parts;
    }
}
