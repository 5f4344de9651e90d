package nl.werving.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.arc.All;
import nl.werving.personaldata.BlindIndex;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.CryptoConfig;
import nl.werving.personaldata.SealingBacklog;

/**
 * Brings personal data at rest under the current master key, batch after batch, each batch a transaction of its own:
 * candidate keys and the search index's key wrapped by a previous master key are re-wrapped (a rotation, deploy/README.md), and rows each feature
 * stored before its data was sealed are encrypted ({@link SealingBacklog}). First the key table is rewritten if a
 * rewrite is still owed, so a key deleted by a purge whose own rewrite did not happen is gone from disk by the next run.
 * Nothing to do costs a few small reads. With several instances, the clustered store runs each firing on one of them;
 * should two overlap, a batch does the same work twice and the result is the same.
 */
@ApplicationScoped
public class EncryptionCatchUp {

    private static final Logger LOG = Logger.getLogger(EncryptionCatchUp.class);

    private final CandidateKeys keys;
    private final BlindIndex index;
    private final List<SealingBacklog> backlogs;
    private final CryptoConfig config;

    public EncryptionCatchUp(CandidateKeys keys, BlindIndex index, @All List<SealingBacklog> backlogs, CryptoConfig config) {
        this.keys = keys;
        this.index = index;
        this.backlogs = backlogs;
        this.config = config;
    }

    @Scheduled(identity = "encryption-catch-up", every = "${werving.crypto.catch-up-every}", concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Re-wraps and encrypts until nothing is left; returns how many keys and rows were done. */
    public Done run() {
        // A rewrite cut off by a crash after a purge's commit, or one that could not get the lock.
        keys.rewriteTableIfOwed();
        int rewrapped = index.rewrap() ? 1 : 0;
        for (int batch; (batch = keys.rewrapBatch(config.catchUpBatch())) > 0;) {
            rewrapped += batch;
        }
        int encrypted = 0;
        for (SealingBacklog backlog : backlogs) {
            for (int batch; (batch = backlog.sealBacklog(config.catchUpBatch())) > 0;) {
                encrypted += batch;
            }
        }
        if (rewrapped + encrypted > 0) {
            LOG.infof("Encryption at rest: %d keys re-wrapped with the current master key, %d stored rows encrypted",
                    rewrapped, encrypted);
        }
        return new Done(rewrapped, encrypted);
    }

    public record Done(int keysRewrapped, int rowsEncrypted) {
    }
}
