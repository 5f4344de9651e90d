package nl.werving.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The keys that tell likely duplicates: one person written several ways gives one key, two people two. */
class DuplicateKeysTest {

    @Test
    void aPhoneNumberIsTheSameHoweverItIsWritten() {
        String key = DuplicateKeys.phone("06 12 34 56 78");
        for (String written : new String[] { "0612345678", "06-12345678", "+31 6 12345678", "+31 (0)6 1234 5678", "0031 6 12345678",
                "31612345678" }) {
            assertEquals(key, DuplicateKeys.phone(written), written);
        }
        assertEquals(DuplicateKeys.phone("02 123 45 67"), DuplicateKeys.phone("+32 2 123 45 67"));
        assertEquals(DuplicateKeys.phone("0470 12 34 56"), DuplicateKeys.phone("0032 470 12 34 56"));
        assertEquals(DuplicateKeys.phone("0318 123456"), DuplicateKeys.phone("+31 318 123 456"));
        assertNotEquals(DuplicateKeys.phone("06 12345678"), DuplicateKeys.phone("06 12345679"));
        assertNull(DuplicateKeys.phone("112"));
        assertNull(DuplicateKeys.phone(null));
    }

    @Test
    void aMailboxIgnoresCaseLabelsAndGmailDots() {
        assertEquals("sanne.devries@voorbeeld.nl", DuplicateKeys.mailbox(" Sanne.DeVries+werk@Voorbeeld.nl "));
        assertEquals("sannedevries@gmail.com", DuplicateKeys.mailbox("sanne.de.vries+cv@googlemail.com"));
        assertNotEquals(DuplicateKeys.mailbox("sanne.devries@voorbeeld.nl"), DuplicateKeys.mailbox("sannedevries@voorbeeld.nl"));
        assertEquals("sanne.devries@", DuplicateKeys.user("sanne.devries@voorbeeld.nl"));
    }

    @Test
    void aNameIgnoresCaseAccentsAndPunctuation() {
        assertEquals("zoe van der berg", DuplicateKeys.name("  Zoë van der  Berg "));
        assertEquals(DuplicateKeys.name("Jean-Luc Dubois"), DuplicateKeys.name("jean luc DUBOIS"));
        assertNull(DuplicateKeys.name(" - "));
    }
}
