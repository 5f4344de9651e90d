package nl.werving.home;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the daily digest of the home page goes out to the users who asked for it. */
@ConfigMapping(prefix = "werving.home")
public interface HomeConfig {

    /** Quartz cron of the digest: by default 07:00 on working days. */
    @WithDefault("0 0 7 ? * MON-FRI")
    String digestCron();

    /** Off: no digest is sent on the schedule (the tests send it themselves). */
    @WithDefault("true")
    boolean digestEnabled();
}
