package nl.werving.privacy;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import nl.werving.candidate.CandidateService;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.CryptoConfig;

/**
 * Brings personal data at rest under the current master key, batch after batch, each batch a transaction of its own:
 * candidate keys wrapped by a previous master key are re-wrapped (a rotation, deploy/README.md), and documents,
 * motivations and notes stored before encryption came are encrypted. Nothing to do costs four small reads. With several
 * instances, the clustered store runs each firing on one of them; should two overlap, a batch does the same work twice
 * and the result is the same.
 */
@ApplicationScoped
public class EncryptionCatchUp {

    private static final Logger LOG = Logger.getLogger(EncryptionCatchUp.class);

    private final CandidateKeys keys;
    private final CandidateService candidates;
    private final CryptoConfig config;

    public EncryptionCatchUp(CandidateKeys keys, CandidateService candidates, CryptoConfig config) {
        this.keys = keys;
        this.candidates = candidates;
        this.config = config;
    }

    @Scheduled(identity = "encryption-catch-up", every = "${werving.crypto.catch-up-every}", concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Re-wraps and encrypts until nothing is left; returns how many keys and documents, motivations and notes were done. */
    public Done run() {
        int rewrapped = 0;
        for (int batch; (batch = keys.rewrapBatch(config.catchUpBatch())) > 0;) {
            rewrapped += batch;
        }
        int encrypted = 0;
        for (int batch; (batch = candidates.encryptPlainDocuments(config.catchUpBatch())) > 0;) {
            encrypted += batch;
        }
        int texts = 0;
        for (int batch; (batch = candidates.encryptPlainTexts(config.catchUpBatch())) > 0;) {
            texts += batch;
        }
        if (rewrapped + encrypted + texts > 0) {
            LOG.infof("Encryption at rest: %d candidate keys re-wrapped with the current master key, %d documents and %d "
                    + "motivations and notes encrypted", rewrapped, encrypted, texts);
        }
        return new Done(rewrapped, encrypted, texts);
    }

    public record Done(int keysRewrapped, int documentsEncrypted, int textsEncrypted) {
    }
}
