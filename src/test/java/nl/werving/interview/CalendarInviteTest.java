package nl.werving.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Sequence;

import nl.werving.interview.CalendarInvite.Attendee;
import nl.werving.interview.CalendarInvite.Method;

class CalendarInviteTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant STAMP = Instant.parse("2026-11-24T13:05:42Z");
    private static final String DESCRIPTION = "Beste Eline,\n\nWelkom bij het gesprek voor de functie klantenservicemedewerker; "
            + "we spreken over je ervaring, je beschikbaarheid en je vragen. Neem een geldig identiteitsbewijs mee.\n"
            + "Daarna volgt een korte rondleiding met Noël over de afdeling (café op de begane grond), "
            + "en een rollenspel van ongeveer een kwartier. Tot dan! Map: C:\\nieuw\\eline";

    @Test
    void requestRoundTripsThroughAnICalendarParser() throws Exception {
        CalendarInvite invite = request(3);
        String ics = invite.toIcs();
        Calendar calendar = parse(ics);
        VEvent event = event(calendar);

        assertEquals("REQUEST", value(calendar, Property.METHOD));
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("-//Werving//Interviews//NL", value(calendar, Property.PRODID));
        assertEquals("interview-4711@werving.example.org", value(event, Property.UID));
        assertEquals(3, event.<Sequence> getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo());
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals(START, instant(event, Property.DTSTART));
        assertEquals(Instant.parse("2026-12-01T09:45:00Z"), instant(event, Property.DTEND));
        assertEquals(STAMP, instant(event, Property.DTSTAMP));
        assertTrue(ics.contains("\r\nDTSTART:20261201T090000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20261201T094500Z\r\n"), ics);

        assertEquals("Sollicitatiegesprek: Eline Jansen, ronde 2; klantenservice", value(event, Property.SUMMARY));
        assertEquals("Stationsplein 12, 3511 AB Utrecht; zaal \"Vecht\"", value(event, Property.LOCATION));
        assertEquals(DESCRIPTION, value(event, Property.DESCRIPTION));
        assertEquals("https://werving.example.org/app/interviews/4711?tab=planning&x=1", value(event, Property.URL));

        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertEquals("mailto:sanne.devries@voorbeeld.nl", organizer.getValue());
        assertEquals("Sanne de Vries", cn(organizer));

        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertEquals(List.of("mailto:eline.jansen@example.org", "mailto:daan.bakker@voorbeeld.nl"),
                attendees.stream().map(Property::getValue).toList());
        assertEquals("Eline Jansen", cn(attendees.get(0)));
        assertEquals("Bakker, Daan; teamleider", cn(attendees.get(1)));
        for (Property attendee : attendees) {
            assertEquals("REQ-PARTICIPANT", parameter(attendee, Parameter.ROLE));
            assertEquals("NEEDS-ACTION", parameter(attendee, Parameter.PARTSTAT));
            assertEquals("TRUE", parameter(attendee, Parameter.RSVP));
        }
    }

    @Test
    void cancelTellsCalendarsToRemoveTheSameEvent() throws Exception {
        CalendarInvite cancel = new CalendarInvite("interview-4711@werving.example.org", 4, Method.CANCEL, START,
                Duration.ofMinutes(45), "Sollicitatiegesprek", null, null, null, "Sanne de Vries",
                "sanne.devries@voorbeeld.nl", List.of(new Attendee("Eline Jansen", "eline.jansen@example.org")), STAMP);
        Calendar calendar = parse(cancel.toIcs());
        VEvent event = event(calendar);

        assertEquals("CANCEL", value(calendar, Property.METHOD));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("interview-4711@werving.example.org", value(event, Property.UID));
        assertEquals(4, event.<Sequence> getProperty(Property.SEQUENCE).orElseThrow().getSequenceNo());
        assertEquals("text/calendar; charset=UTF-8; method=CANCEL", cancel.contentType());
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", request(0).contentType());
    }

    @Test
    void endsEveryLineWithCrlfAndFoldsAt75OctetsWithoutSplittingACharacter() throws Exception {
        String ics = request(0).toIcs();

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.replace("\r\n", "").contains("\n"), "bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "bare CR");
        List<String> lines = physicalLines(ics);
        assertTrue(lines.stream().filter(line -> line.startsWith(" ")).count() >= 5, "long description is folded");
        for (String line : lines) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            assertWellFormed(line);
        }
        assertTrue(unfold(ics).contains("DESCRIPTION:Beste Eline\\,\\n\\nWelkom bij het gesprek voor de functie "
                + "klantenservicemedewerker\\; we spreken"), unfold(ics));
        assertTrue(unfold(ics).contains("Map: C:\\\\nieuw\\\\eline\r\n"), unfold(ics));
    }

    @Test
    void foldsMultiByteTextAtCharacterBoundaries() throws Exception {
        String summary = "ë".repeat(50) + "é\uD83D\uDCC5".repeat(20) + "x" + "ë".repeat(40);
        CalendarInvite invite = new CalendarInvite("uid-1@example.org", 0, Method.REQUEST, START, Duration.ofHours(1), summary,
                null, null, null, null, "werving@voorbeeld.nl", null, STAMP);
        String ics = invite.toIcs();

        for (String line : physicalLines(ics)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertWellFormed(line);
        }
        assertEquals(summary, value(event(parse(ics)), Property.SUMMARY));
    }

    @Test
    void leavesOutOptionalFieldsThatAreMissing() throws Exception {
        CalendarInvite invite = new CalendarInvite("uid-2@example.org", 0, Method.REQUEST, START, Duration.ofMinutes(30), null,
                "  ", " ", "", null, "werving@voorbeeld.nl", null, STAMP);
        String ics = invite.toIcs();
        VEvent event = event(parse(ics));

        assertEquals(Optional.empty(), event.getProperty(Property.DESCRIPTION));
        assertEquals(Optional.empty(), event.getProperty(Property.LOCATION));
        assertEquals(Optional.empty(), event.getProperty(Property.URL));
        assertEquals(List.of(), event.getProperties(Property.ATTENDEE));
        assertEquals("", value(event, Property.SUMMARY));
        assertTrue(ics.contains("\r\nORGANIZER:mailto:werving@voorbeeld.nl\r\n"), ics);
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), instant(event, Property.DTEND));
    }

    @Test
    void writesEveryKindOfLineBreakAsOneNewline() throws Exception {
        CalendarInvite invite = new CalendarInvite("uid-4@example.org", 0, Method.REQUEST, START, Duration.ofMinutes(30),
                "Gesprek", "Windows\r\nUnix\nOud\rEinde", null, null, null, "werving@voorbeeld.nl", null, STAMP);
        String ics = invite.toIcs();

        assertTrue(ics.contains("\r\nDESCRIPTION:Windows\\nUnix\\nOud\\nEinde\r\n"), ics);
        assertEquals("Windows\nUnix\nOud\nEinde", value(event(parse(ics)), Property.DESCRIPTION));
    }

    @Test
    void lineBreaksInNamesOrAddressesCannotAddProperties() throws Exception {
        CalendarInvite invite = new CalendarInvite("uid-3@example.org", 0, Method.REQUEST, START, Duration.ofMinutes(30),
                "Gesprek", null, null, null, "Sanne\r\nATTENDEE:mailto:a@example.org", "sanne@voorbeeld.nl",
                List.of(new Attendee("Eline", "eline@example.org\r\nATTENDEE:mailto:b@example.org")), STAMP);
        VEvent event = event(parse(invite.toIcs()));

        assertEquals(List.of("mailto:eline@example.orgATTENDEE:mailto:b@example.org"),
                event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList());
        assertEquals("SanneATTENDEE:mailto:a@example.org", cn(event.getProperty(Property.ORGANIZER).orElseThrow()));
    }

    private static CalendarInvite request(int sequence) {
        return new CalendarInvite("interview-4711@werving.example.org", sequence, Method.REQUEST, START, Duration.ofMinutes(45),
                "Sollicitatiegesprek: Eline Jansen, ronde 2; klantenservice", DESCRIPTION,
                "Stationsplein 12, 3511 AB Utrecht; zaal \"Vecht\"",
                "https://werving.example.org/app/interviews/4711?tab=planning&x=1", "Sanne \"de\" Vries",
                "sanne.devries@voorbeeld.nl",
                List.of(new Attendee("Eline Jansen", "eline.jansen@example.org"),
                        new Attendee("Bakker, \"Daan\"; teamleider", "daan.bakker@voorbeeld.nl")),
                STAMP);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        assertEquals(1, calendar.getComponents(Component.VEVENT).size());
        return calendar.<VEvent> getComponent(Component.VEVENT).orElseThrow();
    }

    private static String value(PropertyContainer container, String name) {
        return container.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static Instant instant(VEvent event, String name) {
        Temporal date = event.<DateProperty<?>> getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getDate();
        return Instant.from(date);
    }

    private static String cn(Property property) {
        return parameter(property, Parameter.CN);
    }

    private static String parameter(Property property, String name) {
        return property.getParameter(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static List<String> physicalLines(String ics) {
        assertTrue(ics.endsWith("\r\n"));
        return Arrays.asList(ics.substring(0, ics.length() - 2).split("\r\n", -1));
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static void assertWellFormed(String line) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("split character in: " + line, e);
        }
    }
}
