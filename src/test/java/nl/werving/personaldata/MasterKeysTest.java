package nl.werving.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What production accepts as a master key, and what makes it refuse to start. */
class MasterKeysTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void refusesToStartWithoutAMasterKeyAndNamesTheProperty() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> MasterKeys.from(config(null, null, Map.of())));
        assertTrue(refused.getMessage().contains("werving.crypto.master-key"), refused.getMessage());
    }

    @Test
    void refusesAKeyThatIsNot32BytesWithoutPrintingIt() {
        String shortKey = Base64.getEncoder().encodeToString("te-kort".getBytes());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> MasterKeys.from(config(shortKey, null, Map.of())));
        assertTrue(refused.getMessage().contains("werving.crypto.master-key"), refused.getMessage());
        assertFalse(refused.getMessage().contains(shortKey));
    }

    @Test
    void readsTheKeyFromAFileAndKeepsPreviousKeysForUnwrapping(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("master.key"), KEY + "\n");
        MasterKeys keys = MasterKeys.from(config(null, file, Map.of("old", KEY)));
        assertEquals("new", keys.currentId());
        assertEquals(32, keys.current().getEncoded().length);
        assertEquals(32, keys.get("old").getEncoded().length);
        assertThrows(IllegalStateException.class, () -> keys.get("unknown"));
    }

    private static CryptoConfig config(String key, Path file, Map<String, String> previous) {
        return new CryptoConfig() {
            public Optional<String> masterKey() {
                return Optional.ofNullable(key);
            }

            public Optional<Path> masterKeyFile() {
                return Optional.ofNullable(file);
            }

            public String masterKeyId() {
                return "new";
            }

            public Map<String, String> previousMasterKeys() {
                return previous;
            }

            public String catchUpEvery() {
                return "off";
            }

            public int catchUpBatch() {
                return 10;
            }
        };
    }
}
