package nl.werving.identity;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How logins are throttled and how long a login lasts. Failed attempts count per account and per client
 * address: a few are free, then each one makes the next wait twice as long, and at the lock limit
 * nothing is tried for {@link #lockFor()}. How long a login stays valid without use is
 * {@code quarkus.http.auth.form.timeout}.
 */
@ConfigMapping(prefix = "werving.login")
public interface LoginConfig {

    /** Failed attempts on one account before the delay starts. */
    @WithDefault("5")
    int freeAttempts();

    /** Failed attempts on one account that lock it for {@link #lockFor()}. */
    @WithDefault("10")
    int lockAfter();

    /** Failed attempts from one address before the delay starts (an office behind one address is many people). */
    @WithDefault("20")
    int addressFreeAttempts();

    /** Failed attempts from one address that lock it for {@link #lockFor()}. */
    @WithDefault("50")
    int addressLockAfter();

    /** How long a lock lasts; failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration lockFor();

    /** The longest a login lasts, however busy its user. */
    @WithDefault("PT12H")
    Duration sessionLifetime();
}
