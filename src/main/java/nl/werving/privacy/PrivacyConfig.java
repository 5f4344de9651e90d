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

    /**
     * Whether the scheduled purge runs. Set it alike on every instance: each firing goes to whichever instance takes it
     * first, and one with the purge off skips that night instead of leaving it to another.
     */
    @WithDefault("true")
    boolean purgeEnabled();
}
