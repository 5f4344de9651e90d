package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void writesMoneyAndDatesTheWayEachLanguageDoes() {
        assertEquals("€\u00a02.600", Formats.euros(2600, Locale.forLanguageTag("nl")));
        assertEquals("€2,600", Formats.euros(2600, Locale.forLanguageTag("en")));
        assertEquals("2\u202f600\u00a0€", Formats.euros(2600, Locale.forLanguageTag("fr")));
        assertEquals("24 nov 2026", Formats.date(LocalDate.of(2026, 11, 24), Locale.forLanguageTag("nl")).replace(".", ""));
    }

    @Test
    void splitsTextIntoListItemsWithoutBulletsOrBlankLines() {
        assertEquals(List.of("Bellen", "Mailen", "Chatten"), Formats.lines("- Bellen\n\n• Mailen\r\n  * Chatten  "));
        assertEquals(List.of(), Formats.lines(null));
    }

    @Test
    void acceptsOnlyLocalReturnPaths() {
        assertEquals("/app", ReturnPath.orHome("/app"));
        assertEquals("/app/candidates?q=de%20Vries", ReturnPath.orHome("/app/candidates?q=de%20Vries"));
        assertEquals("/", ReturnPath.orHome("//evil.example"));
        assertEquals("/", ReturnPath.orHome("/\\evil.example"));
        assertEquals("/", ReturnPath.orHome("https://evil.example"));
        assertEquals("/", ReturnPath.orHome(null));
        assertEquals("/app/vacancies", ReturnPath.orElse("/a|b", "/app/vacancies"));
        assertEquals("/app", ReturnPath.inBackOffice("/jobs", "/app"));
        assertEquals("/app/vacancies/7/board", ReturnPath.inBackOffice("/app/vacancies/7/board", "/app"));
    }

    @Test
    void refusesAReturnPathThatIsNoAddress() {
        for (String notAnAddress : List.of("/ x", "/%", "/a|b", "/\t/evil.example", "/x\r\nSet-Cookie: a=b")) {
            assertEquals("/", ReturnPath.orHome(notAnAddress), notAnAddress);
        }
    }

    @Test
    void picksTheChosenThenTheBrowsersLanguage() {
        assertEquals("fr", RequestLocale.resolve("fr", "en").getLanguage());
        assertEquals("en", RequestLocale.resolve(null, "de-DE,en;q=0.8").getLanguage());
        assertEquals("nl", RequestLocale.resolve("xx", "de").getLanguage());
        assertEquals("nl", RequestLocale.resolve(null, ";;;garbage").getLanguage());
    }
}
