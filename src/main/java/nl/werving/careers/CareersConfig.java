package nl.werving.careers;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the careers site: what candidates are promised and how many applications one address may send. */
@ConfigMapping(prefix = "werving.careers")
public interface CareersConfig {

    /** Working days within which a candidate hears whether they go on; promised on the thanks page and in mail. */
    @WithDefault("5")
    int responseDays();

    /** Applications one client address may send per {@link #applyWindow()}. */
    @WithDefault("10")
    int applyLimit();

    @WithDefault("PT10M")
    Duration applyWindow();

    /** How long a job-alert subscription waits for its confirmation before it is deleted. */
    @WithDefault("P7D")
    Duration alertConfirmWindow();
}
