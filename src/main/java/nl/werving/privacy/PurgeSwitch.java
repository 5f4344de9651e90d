package nl.werving.privacy;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled.SkipPredicate;
import io.quarkus.scheduler.ScheduledExecution;

/** Lets a deployment (or the tests, which run the purge themselves at a chosen time) switch the schedule off. */
@Singleton
public class PurgeSwitch implements SkipPredicate {

    private final PrivacyConfig config;

    public PurgeSwitch(PrivacyConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.purgeEnabled();
    }
}
