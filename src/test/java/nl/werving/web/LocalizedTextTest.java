package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void picksTheReadersLanguage() {
        LocalizedText text = new LocalizedText("Te ver weg", "Too far away", "Trop loin");
        assertEquals("Te ver weg", text.in(Locale.forLanguageTag("nl")));
        assertEquals("Too far away", text.in(Locale.forLanguageTag("en")));
        assertEquals("Trop loin", text.in(Locale.forLanguageTag("fr")));
    }

    @Test
    void givesTheDutchTextWhereALanguageHasNone() {
        LocalizedText text = new LocalizedText("Communicatie", "Communication", null);
        assertEquals("Communicatie", text.in("fr"));
        assertEquals("Communicatie", text.in("de"));
        assertEquals("Communicatie", text.in((String) null));
    }
}
