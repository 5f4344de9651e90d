package nl.werving.web;

import java.time.Duration;
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

    Demo demo();

    BootstrapAdmin bootstrapAdmin();

    Careers careers();

    References references();

    interface Careers {
        /** Working days within which a candidate hears whether they go on; promised on the thanks page and in mail. */
        @WithDefault("5")
        int responseDays();

        /** Applications one IP address may send per {@link #applyWindow()}. */
        @WithDefault("10")
        int applyLimit();

        @WithDefault("PT10M")
        Duration applyWindow();
    }

    interface References {
        /** How long a referee's questionnaire link works. */
        @WithDefault("P14D")
        Duration linkLifetime();

        /** A referee who has not answered after this long gets one reminder. */
        @WithDefault("P3D")
        Duration remindAfter();

        /** How often the reminder job looks for referees to remind. */
        @WithDefault("1h")
        String remindEvery();
    }

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
