package nl.werving.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.personaldata.PrivacyPart;

/**
 * Runs the privacy work on its schedule ({@link PrivacyConfig#purgeCron()}): renewal questions to the talent pool,
 * removal of links from mails that no longer open anything, then the purge. The trigger lives in Quartz's clustered job
 * store, so with several instances each night's run happens on one of them; should two ever overlap (a run started by
 * hand), consents and candidates are locked before they are handled, so a question goes out once and a candidate is
 * purged once and never half.
 */
@ApplicationScoped
public class PurgeJob {

    private static final Logger LOG = Logger.getLogger(PurgeJob.class);

    private final Purge purge;
    private final ConsentRenewal renewal;
    private final Instance<PrivacyPart> parts;

    public PurgeJob(Purge purge, ConsentRenewal renewal, @Any Instance<PrivacyPart> parts) {
        this.purge = purge;
        this.renewal = renewal;
        this.parts = parts;
    }

    static final String IDENTITY = "purge";

    @Scheduled(identity = IDENTITY, cron = "${werving.privacy.purge-cron}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = PurgeSwitch.class)
    void nightly() {
        renewal.askDue();
        long links = parts.stream().mapToLong(PrivacyPart::forgetDeadLinks).sum();
        LOG.infof("Links removed: %d expired or used candidate and referee links", links);
        purge.run("schedule");
    }
}
