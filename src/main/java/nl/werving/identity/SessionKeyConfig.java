package nl.werving.identity;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;

/**
 * The key that encrypts login cookies must be configured: without it Quarkus makes up a temporary one,
 * writes it to the log (where anyone who reads logs could mint an admin's cookie) and every restart or
 * second instance logs everybody out. Declaring it required makes a start without it fail at once, with
 * the property's name in the message. Dev mode and tests configure their own in application.properties.
 */
@ConfigMapping(prefix = "quarkus.http.auth.session")
public interface SessionKeyConfig {

    /** At least 32 characters, the same on every instance (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY). */
    @Size(min = 32)
    String encryptionKey();
}
