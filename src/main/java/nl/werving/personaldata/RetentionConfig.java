package nl.werving.personaldata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The retention terms until an admin sets them on the privacy page. */
@ConfigMapping(prefix = "werving.privacy")
public interface RetentionConfig {

    /** Days after the end of a procedure before a rejected or withdrawn candidate's data is deleted. */
    @WithDefault("28")
    int retentionDays();

    /** Months a talent-pool consent keeps the data. */
    @WithDefault("12")
    int talentPoolMonths();
}
