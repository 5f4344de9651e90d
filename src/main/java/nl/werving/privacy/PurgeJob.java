package nl.werving.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Runs the purge on its schedule (daily at night by default). Several instances may run it at once: each candidate
 * is locked, checked again and deleted in its own transaction, so a candidate is purged once and never half.
 */
@ApplicationScoped
public class PurgeJob {

    private final Purge purge;

    public PurgeJob(Purge purge) {
        this.purge = purge;
    }

    static final String IDENTITY = "purge";

    @Scheduled(identity = IDENTITY, cron = "${werving.privacy.purge-cron:0 30 3 * * ?}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = PurgeSwitch.class)
    void nightly() {
        purge.run("schedule");
    }
}
