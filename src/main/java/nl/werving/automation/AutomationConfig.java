package nl.werving.automation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How stage automations fire. */
@ConfigMapping(prefix = "werving.automations")
public interface AutomationConfig {

    /**
     * How often due actions are looked for ({@code off} stops it). The {@code @Scheduled} expression in
     * {@link AutomationJob} reads the same property.
     */
    @WithDefault("60s")
    String fireEvery();
}
