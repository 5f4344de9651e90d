package nl.werving.personaldata;

/**
 * Rows of one feature stored before its personal data was sealed under the candidate's key. A migration that makes a
 * column sealed lists the rows it found (db.migration.SealedColumns; SQL cannot encrypt), and the feature's bean
 * implementing this encrypts them, batch after batch, when the encryption catch-up runs (privacy/EncryptionCatchUp).
 */
public interface SealingBacklog {

    /** Encrypts up to {@code limit} listed rows in a transaction of its own and takes them off the list; returns how many. */
    int sealBacklog(int limit);
}
