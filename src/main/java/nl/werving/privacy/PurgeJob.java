package nl.werving.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.candidate.CandidateService;
import nl.werving.reference.RefereeQuestionnaires;

/**
 * Runs the privacy work on its schedule (daily at night by default): renewal questions to the talent pool, removal of
 * links from mails that no longer open anything, then the purge. The trigger lives in Quartz's clustered job store, so
 * with several instances each night's run happens on one of them; should two ever overlap (a run started by hand),
 * consents and candidates are locked before they are handled, so a question goes out once and a candidate is purged once
 * and never half.
 */
@ApplicationScoped
public class PurgeJob {

    private static final Logger LOG = Logger.getLogger(PurgeJob.class);

    private final Purge purge;
    private final ConsentRenewal renewal;
    private final CandidateService candidates;
    private final RefereeQuestionnaires questionnaires;

    public PurgeJob(Purge purge, ConsentRenewal renewal, CandidateService candidates, RefereeQuestionnaires questionnaires) {
        this.purge = purge;
        this.renewal = renewal;
        this.candidates = candidates;
        this.questionnaires = questionnaires;
    }

    static final String IDENTITY = "purge";

    @Scheduled(identity = IDENTITY, cron = "${werving.privacy.purge-cron:0 30 3 * * ?}", concurrentExecution = ConcurrentExecution.SKIP,
            skipExecutionIf = PurgeSwitch.class)
    void nightly() {
        renewal.askDue();
        long candidateLinks = candidates.deleteExpiredTokens();
        int refereeLinks = questionnaires.forgetDeadLinks();
        LOG.infof("Links removed: %d expired candidate links, %d used or expired referee links", candidateLinks, refereeLinks);
        purge.run("schedule");
    }
}
