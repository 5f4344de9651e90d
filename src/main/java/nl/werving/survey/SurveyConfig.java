package nl.werving.survey;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the candidate experience survey is sent, how long after an application ended, and how long its link works. */
@ConfigMapping(prefix = "werving.survey")
public interface SurveyConfig {

    /** Off: no invitation is made when an application ends, and none that waits is sent. */
    @WithDefault("true")
    boolean enabled();

    /** How long after the application ended the survey goes out: not in the same hour as a rejection. */
    @WithDefault("P2D")
    Duration delay();

    /** How long the link in the survey mail works. */
    @WithDefault("P30D")
    Duration linkLifetime();

    /**
     * How often the job looks for invitations due to be mailed ({@code off} stops it). The {@code @Scheduled} expression
     * in {@link SurveyJob} reads this default: Quarkus registers the defaults of every mapping that is injected somewhere.
     */
    @WithDefault("15m")
    String sendEvery();
}
