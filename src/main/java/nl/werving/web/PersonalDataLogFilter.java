package nl.werving.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps the values of database rows out of the log. Database drivers quote the row in their messages
 * (H2: {@code VALUES ( /* 3 *\/ 'fenna@voorbeeld.nl' )}, PostgreSQL: {@code Key (email)=(…)}), and
 * Hibernate, the transaction manager and our error mapper log those messages and exceptions. Every
 * warning and error, and every exception in its cause chain, has its quoted values replaced by
 * {@code '…'}; the shape of the message (which constraint, which column) and the stack stay, so the
 * log still says what went wrong. Linked to the console and file handlers in application.properties.
 */
@LoggingFilter(name = "personal-data")
public final class PersonalDataLogFilter implements Filter {

    /** 'single-quoted' literals (with '' escapes) and =(key values): always values. */
    private static final Pattern VALUE = Pattern.compile("'(?:[^']|'')*'|=\\((?:[^()]|\\([^()]*\\))*\\)");
    /** "double-quoted" text: a value (PostgreSQL: invalid input syntax … "abc"), or a name worth keeping. */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** What databases double-quote besides values: uk_candidate_email, PUBLIC.CANDIDATE. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9$]*[_.][A-Za-z0-9_$.]*");
    private static final String GONE = "…";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            String message = formatted(record);
            String redacted = redact(message);
            if (message != null && !message.equals(redacted)) {
                if (record instanceof ExtLogRecord ext) {
                    ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
                } else {
                    record.setMessage(redacted);
                }
                record.setParameters(null);
            }
        }
        if (record.getThrown() != null) {
            record.setThrown(redact(record.getThrown(), new IdentityHashMap<>()));
        }
        return true;
    }

    static String redact(String text) {
        if (text == null || (text.indexOf('\'') < 0 && text.indexOf('"') < 0 && !text.contains("=("))) {
            return text;
        }
        String values = VALUE.matcher(text).replaceAll(match -> match.group().startsWith("=") ? "=(" + GONE + ")" : "'" + GONE + "'");
        // A double-quoted part that held a value is redacted inside already; one that is a name stays.
        return DOUBLE_QUOTED.matcher(values).replaceAll(match -> {
            String quoted = match.group(1);
            return Matcher.quoteReplacement(quoted.contains(GONE) || IDENTIFIER.matcher(quoted).matches() ? match.group() : "\"" + GONE + "\"");
        });
    }

    /** A copy of the exception chain with redacted messages; class names and stack traces as they were. */
    static Throwable redact(Throwable thrown, Map<Throwable, Throwable> done) {
        if (thrown == null) {
            return null;
        }
        Throwable known = done.get(thrown);
        if (known != null) {
            return known;
        }
        String message = thrown.getMessage();
        String redacted = redact(message);
        Throwable cause = thrown.getCause();
        if (thrown instanceof RedactedException || (message == null || message.equals(redacted)) && cause == null
                && thrown.getSuppressed().length == 0) {
            return thrown;
        }
        Throwable causeCopy = cause == null || cause == thrown ? null : redact(cause, done);
        RedactedException copy = new RedactedException(thrown.getClass().getName() + (redacted == null ? "" : ": " + redacted), causeCopy);
        done.put(thrown, copy);
        copy.setStackTrace(thrown.getStackTrace());
        for (Throwable suppressed : thrown.getSuppressed()) {
            copy.addSuppressed(redact(suppressed, done));
        }
        return copy;
    }

    private static String formatted(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            return ext.getFormattedMessage();
        }
        return record.getMessage();
    }

    /** Stands in for a logged exception whose message had values taken out; its message starts with the original class. */
    static final class RedactedException extends RuntimeException {
        RedactedException(String message, Throwable cause) {
            super(message, cause, true, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
