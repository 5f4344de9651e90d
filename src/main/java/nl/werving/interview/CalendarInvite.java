package nl.werving.interview;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * An interview as an iCalendar invitation (RFC 5545, with the iTIP method of RFC 5546), sent along with the mail so that
 * calendars add it, move it when it is sent again with the same {@code uid} and a higher {@code sequence}, and remove it
 * on {@link Method#CANCEL}.
 */
public record CalendarInvite(String uid, int sequence, Method method, Instant start, Duration duration, String summary,
        String description, String location, String url, String organizerName, String organizerEmail,
        List<Attendee> attendees, Instant stamp) {

    /** What the receiving calendar should do with the event. */
    public enum Method {
        REQUEST, CANCEL
    }

    /** Someone invited; {@code name} may be empty. */
    public record Attendee(String name, String email) {

        public Attendee {
            Objects.requireNonNull(email, "email");
        }
    }

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public CalendarInvite {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
        Objects.requireNonNull(stamp, "stamp");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** The MIME type for the attachment or {@code text/calendar} part; mail clients look at its {@code method}. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }

    /** The calendar object: CRLF line endings, lines folded at 75 octets. */
    public String toIcs() {
        StringBuilder ics = new StringBuilder(1024);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Werving//Interviews//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method.name());
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + text(uid));
        line(ics, "SEQUENCE:" + sequence);
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(start.plus(duration)));
        line(ics, "SUMMARY:" + text(summary));
        if (!isBlank(description)) {
            line(ics, "DESCRIPTION:" + text(description));
        }
        if (!isBlank(location)) {
            line(ics, "LOCATION:" + text(location));
        }
        if (!isBlank(url)) {
            line(ics, "URL:" + withoutControls(url.strip()));
        }
        line(ics, "ORGANIZER" + commonName(organizerName) + ":" + mailto(organizerEmail));
        for (Attendee attendee : attendees) {
            line(ics, "ATTENDEE" + commonName(attendee.name()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                    + mailto(attendee.email()));
        }
        line(ics, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any line break as {@code \n}. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder escaped = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** {@code ;CN="…"}, or nothing without a name; a parameter value cannot hold a double quote, so it is dropped. */
    private static String commonName(String name) {
        if (isBlank(name)) {
            return "";
        }
        return ";CN=\"" + withoutControls(name.strip()).replace("\"", "") + "\"";
    }

    private static String mailto(String email) {
        return "mailto:" + withoutControls(email.strip());
    }

    /** Control characters could break a line and so smuggle in a property of their own. */
    private static String withoutControls(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /** Appends a content line folded at 75 octets of UTF-8, never inside a character; continuation lines start with a space. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int width = utf8Length(codePoint);
            if (octets + width > MAX_LINE_OCTETS) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        ics.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
