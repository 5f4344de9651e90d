package nl.werving.support;

import java.util.Set;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;

/** Back-office users made by a test, each with a unique user name. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-123";

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
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
            user.assignRoles(Set.of(roles));
            user.active = true;
            user.createdAt = java.time.Instant.now();
            user.persist();
            return user;
        });
    }

    /** Waits for the audit line of this user's login, which is written asynchronously. */
    public static void awaitLoginRecorded(AppUser user) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (QuarkusTransaction.requiringNew().call(() -> nl.werving.audit.AuditEvent.count("actorId = ?1 and action = ?2", user.id,
                nl.werving.audit.AuditAction.LOGIN)) == 0 && java.time.Instant.now().isBefore(deadline)) {
            SmtpServer.sleep(50);
        }
    }

    public static AppUser reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser> findById(id));
    }
}
