package nl.werving.identity;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The first admin, created from configuration only while the database has no users. */
@ConfigMapping(prefix = "werving.bootstrap-admin")
public interface BootstrapAdminConfig {

    /** User name of the first admin. */
    @WithDefault("admin")
    String username();

    /** Password of the first admin (WERVING_BOOTSTRAP_ADMIN_PASSWORD); without it no user is created and nobody can log in. */
    Optional<String> password();
}
