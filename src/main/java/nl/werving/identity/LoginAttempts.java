package nl.werving.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.web.KeyedHash;
import nl.werving.web.Tokens;

/**
 * Checks passwords, form login and API alike, and throttles guessing: failures count per account and per
 * client address in the database (so every instance sees them), a few are free, then each failure makes
 * the next attempt wait twice as long, and at the lock limit the account or address is locked for a
 * while. While blocked, no password is checked at all, the right one neither.
 * <p>
 * A browser that logged in to the account before shows a proof of it (a cookie keyed with the installation's secret)
 * and counts its failures under its own key instead of the account's: whoever guesses from elsewhere locks the account
 * for strangers only, not for its owner.
 */
@ApplicationScoped
public class LoginAttempts {

    /** Refused without looking at the password: too many failures lately. */
    public static class Blocked extends RuntimeException {
        private final Duration wait;

        Blocked(Duration wait) {
            super("Too many failed logins; wait " + wait.toSeconds() + " s", null, false, false);
            this.wait = wait;
        }

        public Duration getWait() {
            return wait;
        }
    }

    /**
     * A password check for an unknown user costs as long as a real one, so timing tells no user names. The hash of a
     * random password nobody kept, with the cost of the users' own hashes; written out, not made at class loading,
     * where it would hold up the first request by a bcrypt round.
     */
    static final String UNKNOWN_USER_HASH = "$2a$10$jDvHdwO1HamJR3WarCbkNe0pepYYyX3J/7gOhnt9MlVFv8EC6yZcq";

    private final Clock clock;
    private final LoginConfig config;
    private final KeyedHash keyedHash;
    private final Event<AccountEvent> accountEvents;

    public LoginAttempts(Clock clock, LoginConfig config, KeyedHash keyedHash, Event<AccountEvent> accountEvents) {
        this.clock = clock;
        this.config = config;
        this.keyedHash = keyedHash;
        this.accountEvents = accountEvents;
    }

    /**
     * The active user with this user name and password; empty when they don't match (the failure is
     * counted and audited). Throws {@link Blocked} while the account (or the known browser, when
     * {@code knownBrowser} is a proof from {@link #proofOfLogin} for this account) or the address must wait, and
     * when this failure makes the next attempt wait.
     */
    public Optional<AppUser> verify(String username, String password, String address, String knownBrowser) {
        String name = normalised(username);
        String accountKey = isProofOfEarlierLogin(knownBrowser, name)
                ? "browser:" + keyedHash.of("login-browser", knownBrowser)
                : "account:" + keyedHash.of("login-account", name);
        String addressKey = "address:" + keyedHash.of("login-address", address);
        Instant now = Instant.now(clock);
        Optional<AppUser> user = QuarkusTransaction.requiringNew().call(() -> {
            Duration wait = longestWait(now, accountKey, addressKey);
            if (!wait.isZero()) {
                throw new Blocked(wait);
            }
            return AppUser.findByUsername(name).filter(found -> found.active);
        });
        boolean matches = BcryptUtil.matches(password, user.map(found -> found.passwordHash).orElse(UNKNOWN_USER_HASH));
        if (matches && user.isPresent()) {
            QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteById(accountKey));
            return user;
        }
        Long userId = user.map(found -> found.id).orElse(null);
        retryOnce(() -> QuarkusTransaction.requiringNew().run(() -> {
            boolean locked = countFailure(accountKey, now, config.freeAttempts(), config.lockAfter());
            locked |= countFailure(addressKey, now, config.addressFreeAttempts(), config.addressLockAfter());
            // Who tried is unknown, and a typed user name may be a password: only the account's number is kept.
            accountEvents.fire(new AccountEvent(AccountEvent.Kind.LOGIN_FAILED, userId, locked ? "locked" : null));
        }));
        Duration wait = QuarkusTransaction.requiringNew().call(() -> longestWait(now, accountKey, addressKey));
        if (!wait.isZero()) {
            // Wrong, and from now on the next attempt must wait: say so at once.
            throw new Blocked(wait);
        }
        return Optional.empty();
    }

    /** What a browser keeps after a login to this account, for {@link #verify} to tell it from a stranger's. */
    public String proofOfLogin(String username) {
        String nonce = Tokens.newToken();
        return nonce + "." + keyedHash.of("login-known-browser", normalised(username) + "\n" + nonce);
    }

    private boolean isProofOfEarlierLogin(String proof, String name) {
        int dot = proof == null || proof.length() > 200 ? -1 : proof.indexOf('.');
        if (dot < 1) {
            return false;
        }
        String expected = keyedHash.of("login-known-browser", name + "\n" + proof.substring(0, dot));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                proof.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration longestWait(Instant now, String... keys) {
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Optional<Instant> until = LoginThrottle.<LoginThrottle> findByIdOptional(key).map(row -> row.blockedUntil)
                    .filter(blocked -> blocked != null && blocked.isAfter(now));
            if (until.isPresent() && Duration.between(now, until.get()).compareTo(longest) > 0) {
                longest = Duration.between(now, until.get());
            }
        }
        return longest;
    }

    /** Counts one failure; true when it reached the lock limit just now. */
    private boolean countFailure(String key, Instant now, int free, int lockAfter) {
        Optional<LoginThrottle> existing = LoginThrottle.findForUpdate(key);
        LoginThrottle row = existing.orElseGet(LoginThrottle::new);
        if (existing.isEmpty() || row.lastFailureAt.isBefore(now.minus(config.lockFor()))) {
            row.throttleKey = key;
            row.failures = 0;
        }
        row.failures++;
        row.lastFailureAt = now;
        Duration delay = delayAfter(row.failures, free, lockAfter);
        row.blockedUntil = delay.isZero() ? null : now.plus(delay);
        if (existing.isEmpty()) {
            row.persist();
        }
        return row.failures == lockAfter;
    }

    /** Nothing for the free attempts, then 1 s, 2 s, 4 s … and the full lock at the limit. */
    Duration delayAfter(int failures, int free, int lockAfter) {
        if (failures < free) {
            return Duration.ZERO;
        }
        if (failures >= lockAfter) {
            return config.lockFor();
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(failures - free, 20));
        return delay.compareTo(config.lockFor()) < 0 ? delay : config.lockFor();
    }

    /** Two instances may count the first failure of a key at the same moment; the loser counts again. */
    private static void retryOnce(Runnable work) {
        try {
            work.run();
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException duplicateKey) {
            work.run();
        }
    }

    @Scheduled(identity = "login-throttle-cleanup", every = "1h", concurrentExecution = ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        Instant before = Instant.now(clock).minus(config.lockFor());
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteQuietSince(before));
    }
}
