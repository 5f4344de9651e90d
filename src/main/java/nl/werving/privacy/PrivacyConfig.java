package nl.werving.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When the purge runs. The retention terms it applies are under the same prefix, read by
 * {@link nl.werving.personaldata.RetentionConfig}.
 */
@ConfigMapping(prefix = "werving.privacy")
public interface PrivacyConfig {

    /** When the purge runs (Quartz cron syntax); nightly by default. */
    @WithDefault("0 30 3 * * ?")
    String purgeCron();

    /** Whether this instance runs the scheduled purge. */
    @WithDefault("true")
    boolean purgeEnabled();
}
