package nl.werving.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;

/**
 * The key that encrypts login cookies must be configured: without it Quarkus makes up a temporary one,
 * writes it to the log (where anyone who reads logs could mint an admin's cookie) and every restart or
 * second instance logs everybody out. Declaring it required makes a start without it fail at once, with
 * the property's name in the message. Dev mode and tests configure their own in application.properties.
 */
@ConfigMapping(prefix = "quarkus.http.auth.session")
public interface SessionKeyConfig {

    int MIN_LENGTH = 32;

    /** At least 32 characters, the same on every instance (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY). */
    String encryptionKey();

    /** Refuses a key too short to resist guessing; the message names the property, never the key. */
    @ApplicationScoped
    class StrongKey {
        void check(@Observes StartupEvent start, SessionKeyConfig config) {
            if (config.encryptionKey().length() < MIN_LENGTH) {
                throw new IllegalStateException("quarkus.http.auth.session.encryption-key (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY) must be "
                        + "at least " + MIN_LENGTH + " characters of random text");
            }
        }
    }
}
