package nl.werving.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditEvent;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;

/** Back-office users made by a test, each with a unique user name. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-123";

    /**
     * bcrypt's lowest cost for the hashes of test users: a login checks them like any stored hash, in about a millisecond
     * instead of the production cost's 80, and the suite logs in and makes users well over a thousand times.
     */
    private static final int TEST_HASH_COST = 4;

    private TestUsers() {
    }

    public static AppUser admin() {
        return withRoles(Roles.ADMIN);
    }

    public static AppUser recruiter() {
        return withRoles(Roles.RECRUITER);
    }

    public static AppUser hiringManager() {
        return withRoles(Roles.HIRING_MANAGER);
    }

    public static AppUser withRoles(String... roles) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = new AppUser();
            user.username = username;
            user.displayName = "Testgebruiker " + username.substring(1, 6);
            user.email = username + "@voorbeeld.nl";
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD, TEST_HASH_COST);
            user.assignRoles(Set.of(roles));
            user.active = true;
            user.createdAt = java.time.Instant.now();
            user.persist();
            return user;
        });
    }

    /** Waits for the audit line of this user's login, which is written asynchronously. */
    public static void awaitLoginRecorded(AppUser user) {
        await("the audit line of the login").atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actorId = ?1 and action = ?2", user.id,
                        AuditAction.LOGIN)) > 0);
    }

    public static AppUser reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser> findById(id));
    }
}
