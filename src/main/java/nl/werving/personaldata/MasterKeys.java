package nl.werving.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The configured master keys: the current one, which wraps every new or re-wrapped candidate key, and the previous ones,
 * which only unwrap. Errors name the property, never the key.
 */
record MasterKeys(String currentId, Map<String, SecretKey> byId) {

    static final String PROPERTY = "werving.crypto.master-key";
    private static final String HOW = " (WERVING_CRYPTO_MASTER_KEY, or a file named by WERVING_CRYPTO_MASTER_KEY_FILE) must be "
            + "the base64 of 32 random bytes, e.g. openssl rand -base64 32; see deploy/README.md";

    SecretKey current() {
        return byId.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = byId.get(id);
        if (key == null) {
            throw new IllegalStateException("No master key with id '" + id + "' is configured (werving.crypto.previous-master-keys)");
        }
        return key;
    }

    /** The keys the configuration names; refuses a missing or malformed key, so the application does not start without one. */
    static MasterKeys from(CryptoConfig config) {
        String encoded = config.masterKey().filter(key -> !key.isBlank()).orElseGet(() -> config.masterKeyFile().map(file -> {
            try {
                return Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(PROPERTY + "-file cannot be read", e);
            }
        }).orElseThrow(() -> new IllegalStateException(PROPERTY + " is not set" + HOW)));
        Map<String, SecretKey> keys = new HashMap<>();
        config.previousMasterKeys().forEach((id, key) -> keys.put(id, decode(key, "werving.crypto.previous-master-keys." + id)));
        keys.put(config.masterKeyId(), decode(encoded, PROPERTY));
        return new MasterKeys(config.masterKeyId(), Map.copyOf(keys));
    }

    private static SecretKey decode(String encoded, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64" + HOW);
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " is " + key.length + " bytes, not 32" + HOW);
        }
        return new SecretKeySpec(key, "AES");
    }
}
