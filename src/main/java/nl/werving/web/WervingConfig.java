package nl.werving.web;

import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Werving's own settings, all under the {@code werving.} prefix in application.properties. */
@ConfigMapping(prefix = "werving")
public interface WervingConfig {

    /** The employer's name, shown on careers pages and in mails. */
    String companyName();

    /** Absolute base URL of this installation, used for links in mails and feeds. */
    String baseUrl();

    /** Zone in which dates and times are shown to users. */
    @WithDefault("Europe/Amsterdam")
    ZoneId timeZone();

    Demo demo();

    BootstrapAdmin bootstrapAdmin();

    interface Demo {
        /** Loads demo users and vacancies into an empty database. Never on in production. */
        @WithDefault("false")
        boolean enabled();
    }

    interface BootstrapAdmin {
        /** User name of the first admin, created when the database has no users yet. */
        @WithDefault("admin")
        String username();

        /** Password of the first admin; without it no user is created and nobody can log in. */
        Optional<String> password();
    }
}
