package nl.werving.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Runs the privacy work on its schedule (daily at night by default): renewal questions to the talent pool, then the
 * purge. The trigger lives in Quartz's clustered job store, so with several instances each night's run happens on one of
 * them; should two ever overlap (a run started by hand), consents and candidates are locked before they are handled, so
 * a question goes out once and a candidate is purged once and never half.
 */
@ApplicationScoped
public class PurgeJob {

    private final Purge purge;
    private final ConsentRenewal renewal;

    public PurgeJob(Purge purge, ConsentRenewal renewal) {
        this.purge = purge;
        this.renewal = renewal;
    }

    static final String IDENTITY = "purge";

    @Scheduled(identity = IDENTITY, cron = "${werving.privacy.purge-cron:0 30 3 * * ?}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = PurgeSwitch.class)
    void nightly() {
        renewal.askDue();
        purge.run("schedule");
    }
}
