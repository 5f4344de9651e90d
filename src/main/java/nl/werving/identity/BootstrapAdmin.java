package nl.werving.identity;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * A fresh production database has no users and no default password: the first admin comes from
 * configuration (WERVING_BOOTSTRAP_ADMIN_PASSWORD) and only while there is no user at all.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final UserService users;
    private final BootstrapAdminConfig config;
    private final PasswordPolicy passwordPolicy;

    public BootstrapAdmin(UserService users, BootstrapAdminConfig config, PasswordPolicy passwordPolicy) {
        this.users = users;
        this.config = config;
        this.passwordPolicy = passwordPolicy;
    }

    void onStart(@Observes StartupEvent start) {
        if (users.hasUsers()) {
            return;
        }
        String username = config.username();
        config.password().ifPresentOrElse(password -> {
            var problem = passwordPolicy.check(password, username);
            if (problem.isPresent()) {
                LOG.errorf("werving.bootstrap-admin.password is refused (%s: at least %d characters, not easy to guess); no admin created",
                        problem.get(), PasswordPolicy.MIN_LENGTH);
                return;
            }
            if (create(username, password)) {
                LOG.infof("Created the first admin '%s' from configuration; change the password after the first login", username);
            }
        }, () -> LOG.warn("There are no users yet: set WERVING_BOOTSTRAP_ADMIN_PASSWORD to create the first admin"));
    }

    /**
     * Creates the first admin; {@code false} when another instance, started on the same new database at the same time,
     * created it first: one wins the race, the others go on.
     */
    boolean create(String username, String password) {
        try {
            users.register(username, "Administrator", null, Set.of(Roles.ADMIN), password);
            return true;
        } catch (RuntimeException refused) {
            if (!users.hasUsers()) {
                throw refused;
            }
            LOG.infof("The first admin '%s' was created by another instance", username);
            return false;
        }
    }
}
