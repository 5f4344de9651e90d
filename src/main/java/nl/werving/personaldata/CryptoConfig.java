package nl.werving.personaldata;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The master key that wraps every candidate's data key (personal data at rest, {@link CandidateKeys}). Production
 * refuses to start without one ({@link MasterKeys#from}); dev, test and bench have fixed keys in application.properties.
 * See deploy/README.md for making one and for rotation.
 */
@ConfigMapping(prefix = "werving.crypto")
public interface CryptoConfig {

    /** Base64 of 32 random bytes (WERVING_CRYPTO_MASTER_KEY); or {@link #masterKeyFile()}. */
    Optional<String> masterKey();

    /** A file holding the base64 key, e.g. a mounted secret (WERVING_CRYPTO_MASTER_KEY_FILE). */
    Optional<Path> masterKeyFile();

    /** The name stored beside every key this master key wraps, so a rotation knows which ones are still to do. */
    @WithDefault("1")
    String masterKeyId();

    /** Other master keys by id (base64), which still unwrap the keys they wrapped until the rotation has re-wrapped them. */
    Map<String, String> previousMasterKeys();

    /** How often keys under a previous master key are re-wrapped and files from before encryption are encrypted; off to stop. */
    @WithDefault("10m")
    String catchUpEvery();

    /** Keys re-wrapped or files encrypted per transaction. */
    @WithDefault("200")
    int catchUpBatch();
}
