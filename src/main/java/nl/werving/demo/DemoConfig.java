package nl.werving.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demo data, under {@code werving.demo.} in application.properties; on in dev mode only. */
@ConfigMapping(prefix = "werving.demo")
public interface DemoConfig {

    /** Loads demo users and vacancies into an empty database. Has no effect in a production build, which has no demo data. */
    @WithDefault("false")
    boolean enabled();
}
