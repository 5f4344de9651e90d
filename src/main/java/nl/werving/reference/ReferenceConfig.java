package nl.werving.reference;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long a referee's link works and when the one reminder goes out. */
@ConfigMapping(prefix = "werving.references")
public interface ReferenceConfig {

    /** How long a referee's questionnaire link works. */
    @WithDefault("P14D")
    Duration linkLifetime();

    /** A referee who has not answered after this long gets one reminder. */
    @WithDefault("P3D")
    Duration remindAfter();

    /**
     * How often the reminder job looks for referees to remind ({@code off} stops it). The {@code @Scheduled}
     * expression in {@link RefereeReminderJob} reads this default: Quarkus registers the defaults of every mapping
     * that is injected somewhere.
     */
    @WithDefault("1h")
    String remindEvery();
}
