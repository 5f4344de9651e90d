package nl.werving.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Personal data at rest, encrypted with a key of the candidate's own (crypto-shredding): deleting the candidate deletes
 * the key, and every copy of the data the database still keeps on disk (dead rows, old pages, backups) can no longer be
 * read. AES-256-GCM with a random 96-bit nonce each time; keys are wrapped by the configured master key.
 *
 * <p>Sealed data is self-describing: {@link #FORMAT}, the data key's version, the nonce, then ciphertext and tag. The
 * candidate id and the header are authenticated too, so sealed data of one candidate does not open as another's.
 * Unwrapped keys are kept for the transaction that used them (an application seals its name, motivation, CV and mails
 * with one key read), never across transactions: a key that lives on in one instance's memory after another instance
 * deleted it would be a copy nobody can account for.
 */
@ApplicationScoped
public class CandidateKeys {

    /** First byte of sealed data, format 1. No PDF ({@code %}) or DOCX ({@code P}) starts with it: unmarked bytes are legacy plaintext. */
    static final byte FORMAT = (byte) 0xC1;
    static final byte KEY_VERSION = 1;
    private static final int HEADER = 2;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    /** Bytes given to the cipher at a time when sealing; a multiple of the AES block. Why so few: {@link #seal}. */
    private static final int CIPHER_PIECE = 256;
    private static final int KEY_BYTES = 32;

    private static final Logger LOG = Logger.getLogger(CandidateKeys.class);
    /** A cipher per thread, set up anew for every value: looking one up for every value was 2 % of an application. */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(CandidateKeys::newCipher);

    private final SecureRandom random = new SecureRandom();
    private final CryptoConfig config;
    private final Clock clock;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private volatile MasterKeys masterKeys;
    /** Set on a thread inside {@link #forgettingMany}: whether it forgot a key, so the table is owed a rewrite. */
    private final ThreadLocal<boolean[]> rewriteOwed = new ThreadLocal<>();

    public CandidateKeys(CryptoConfig config, Clock clock, DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.clock = clock;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** Refuses to start without a usable master key: an application that cannot encrypt must not take CVs. */
    void check(@Observes StartupEvent start) {
        masterKeys();
    }

    /** The bytes sealed under the candidate's key, which is made on first use. */
    @Transactional(TxType.MANDATORY)
    public byte[] encrypt(long candidateId, byte[] plain) {
        byte[] header = { FORMAT, KEY_VERSION };
        return seal(header, dataKey(candidateId, true), aad(header, candidateId), plain);
    }

    /** The plain bytes; bytes stored before encryption came (see {@link #isSealed}) are returned as they are. */
    @Transactional(TxType.MANDATORY)
    public byte[] decrypt(long candidateId, byte[] stored) {
        return decryptAll(candidateId, List.of(stored)).get(0);
    }

    /** Each of the candidate's values as {@link #decrypt} returns it, with one key unwrap for them all (a page of notes). */
    @Transactional(TxType.MANDATORY)
    public List<byte[]> decryptAll(long candidateId, List<byte[]> stored) {
        SecretKey key = null;
        List<byte[]> plain = new ArrayList<>(stored.size());
        for (byte[] value : stored) {
            if (!isSealed(value)) {
                plain.add(value);
                continue;
            }
            if (key == null) {
                key = dataKey(candidateId, false);
            }
            plain.add(openSealed(key, candidateId, value));
        }
        return plain;
    }

    /** The text sealed under the candidate's key, as UTF-8; {@code null} stays {@code null}. */
    @Transactional(TxType.MANDATORY)
    public byte[] encryptText(long candidateId, String text) {
        return text == null ? null : encrypt(candidateId, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text {@link #encryptText} sealed; text stored before sealing came is its UTF-8 bytes and is read as it is. */
    @Transactional(TxType.MANDATORY)
    public String decryptText(long candidateId, byte[] stored) {
        return stored == null ? null : decryptTexts(candidateId, List.of(stored)).get(0);
    }

    /** Each of the candidate's texts as {@link #decryptText} returns it, with one key unwrap for them all; nulls stay nulls. */
    @Transactional(TxType.MANDATORY)
    public List<String> decryptTexts(long candidateId, List<byte[]> stored) {
        List<byte[]> present = stored.stream().filter(Objects::nonNull).toList();
        Iterator<byte[]> plain = decryptAll(candidateId, present).iterator();
        return stored.stream().map(value -> value == null ? null : new String(plain.next(), StandardCharsets.UTF_8)).toList();
    }

    /** Legacy plaintext sealed under the candidate's key; sealed data and {@code null} as they are (a backlog's rows). */
    @Transactional(TxType.MANDATORY)
    public byte[] sealIfPlain(long candidateId, byte[] stored) {
        return stored == null || isSealed(stored) ? stored : encrypt(candidateId, stored);
    }

    /**
     * The stored value sealed again under another candidate's key, for a merge: the duplicate's key goes with the
     * duplicate. {@code null} stays {@code null}; legacy plaintext is sealed.
     */
    @Transactional(TxType.MANDATORY)
    public byte[] reseal(long fromCandidateId, long toCandidateId, byte[] stored) {
        return stored == null ? null : encrypt(toCandidateId, decrypt(fromCandidateId, stored));
    }

    /**
     * The keys of these candidates, read with one query and unwrapped, for a page that shows the data of many candidates:
     * the page's statement count does not grow with its rows. Use it within the transaction and let it go.
     */
    @Transactional(TxType.MANDATORY)
    public Opener opener(Collection<Long> candidateIds) {
        MasterKeys masters = masterKeys();
        Map<Long, SecretKey> unwrapped = new HashMap<>();
        if (!candidateIds.isEmpty()) {
            for (CandidateKey stored : CandidateKey.listFor(Set.copyOf(candidateIds))) {
                unwrapped.put(stored.candidateId,
                        new SecretKeySpec(open(masters.get(stored.masterKeyId), idBytes(stored.candidateId), stored.wrappedKey), "AES"));
            }
        }
        return new Opener(unwrapped);
    }

    /** Opens sealed data of the candidates whose keys {@link #opener} read. */
    public static final class Opener {

        private final Map<Long, SecretKey> keys;

        private Opener(Map<Long, SecretKey> keys) {
            this.keys = keys;
        }

        /** Whether the candidate's key was there when the keys were read. */
        public boolean hasKey(long candidateId) {
            return keys.containsKey(candidateId);
        }

        /** The plain bytes; legacy plaintext as it is, {@code null} as {@code null}. */
        public byte[] bytes(long candidateId, byte[] stored) {
            if (!isSealed(stored)) {
                return stored;
            }
            SecretKey key = keys.get(candidateId);
            if (key == null) {
                throw new IllegalStateException("Candidate #" + candidateId + " has no key here: the data can no longer be read");
            }
            return openSealed(key, candidateId, stored);
        }

        /** The plain text; {@code null} as {@code null}. */
        public String text(long candidateId, byte[] stored) {
            return stored == null ? null : new String(bytes(candidateId, stored), StandardCharsets.UTF_8);
        }
    }

    public static boolean isSealed(byte[] stored) {
        return stored != null && stored.length >= HEADER + NONCE + TAG_BITS / 8 && stored[0] == FORMAT;
    }

    /**
     * Deletes the candidates' keys in the caller's transaction, with the candidates; once it commits, the key table is
     * rewritten ({@link #rewriteTable()}) before the caller goes on, so no deleted key stays readable in the table's file.
     * Within {@link #forgettingMany} the rewrite waits for the end of that work.
     */
    @Transactional(TxType.MANDATORY)
    public long forget(Collection<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return 0;
        }
        keysOfTransaction().keySet().removeAll(candidateIds);
        long deleted = deleteOwingRewrite(candidateIds);
        boolean[] owed = rewriteOwed.get();
        if (owed != null) {
            owed[0] = true;
            return deleted;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    rewriteTableOutsideTransaction();
                }
            }
        });
        return deleted;
    }

    /**
     * Runs work that forgets many candidates' keys in transactions of its own, one after another (a purge run, batch after
     * batch), and rewrites the key table once when the work ends, normally or not, instead of after every commit: each
     * rewrite copies the whole table, so per batch the copies would add up to the table's size times the batches. Keys
     * deleted meanwhile stay in the table's file until the work ends; if the process dies first, the encryption catch-up
     * (privacy/EncryptionCatchUp) takes them: it rewrites the table each time it runs (every 10 minutes by default).
     */
    public <T> T forgettingMany(Supplier<T> work) {
        if (rewriteOwed.get() != null) {
            return work.get();
        }
        boolean[] owed = { false };
        rewriteOwed.set(owed);
        try {
            return work.get();
        } finally {
            rewriteOwed.remove();
            if (owed[0]) {
                rewriteTableOutsideTransaction();
            }
        }
    }

    /**
     * {@link #rewriteTable()} on a thread of its own: the caller's may still be bound to a transaction, which a new
     * connection would join.
     */
    private void rewriteTableOutsideTransaction() {
        Thread rewrite = new Thread(this::rewriteTable, "candidate-key-rewrite");
        rewrite.start();
        try {
            rewrite.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Rewrites the key table so deleted keys are gone from disk too. PostgreSQL keeps a deleted row in the table's file
     * until vacuum reuses its space; {@code VACUUM FULL} writes a new file and drops the old one. The table is small (about
     * 130 bytes a candidate with its index), but each rewrite copies all of it under an exclusive lock: with 100,000 keys
     * 0.3 s on a busy two-core machine (bench/README.md), so work that forgets many keys rewrites once
     * ({@link #forgettingMany}). It cannot run inside a transaction: a connection of its own in autocommit mode. H2 has no
     * such command: its file keeps old chunks until it compacts them (see deploy/README.md). A rewrite that fails or waits
     * too long for the table's lock is logged and stays owed (table {@code candidate_key_rewrite}): the encryption catch-up
     * does it ({@link #rewriteTableIfOwed}). The lock is waited for 2 s at most, as readers of the table queue behind a
     * rewrite that waits for it.
     */
    public void rewriteTable() {
        rewrite(false);
    }

    /** {@link #rewriteTable()} if a deletion since the last rewrite owes one; otherwise nothing, without taking a lock. */
    public void rewriteTableIfOwed() {
        rewrite(true);
    }

    private void rewrite(boolean onlyIfOwed) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                long owed;
                try (ResultSet row = statement.executeQuery("select owed, done from candidate_key_rewrite where id = 1")) {
                    row.next();
                    owed = row.getLong(1);
                    if (onlyIfOwed && owed == row.getLong(2)) {
                        return;
                    }
                }
                statement.execute("set lock_timeout = '2s'");
                try {
                    statement.execute("vacuum full candidate_key");
                } finally {
                    statement.execute("reset lock_timeout");
                }
                statement.executeUpdate("update candidate_key_rewrite set done = greatest(done, " + owed + ") where id = 1");
            }
        } catch (SQLException e) {
            LOG.warnf("The key table was not rewritten (%s); deleted keys stay in its file until the next rewrite", e.getSQLState());
        }
    }

    /** Deletes the candidates' keys and, in the same transaction, counts one more rewrite owed. */
    long deleteOwingRewrite(Collection<Long> candidateIds) {
        long deleted = CandidateKey.deleteFor(candidateIds);
        CandidateKey.getEntityManager().createNativeQuery("update candidate_key_rewrite set owed = owed + 1 where id = 1").executeUpdate();
        return deleted;
    }

    /** Re-wraps up to {@code limit} keys under a previous master key with the current one; returns how many. */
    @Transactional
    public int rewrapBatch(int limit) {
        MasterKeys masters = masterKeys();
        int done = 0;
        for (CandidateKey key : CandidateKey.listWrappedByOtherThan(masters.currentId(), limit)) {
            byte[] aad = idBytes(key.candidateId);
            key.wrappedKey = seal(masters.current(), aad, open(masters.get(key.masterKeyId), aad, key.wrappedKey));
            key.masterKeyId = masters.currentId();
            done++;
        }
        return done;
    }

    /**
     * Makes the data key of a candidate persisted in this transaction, without looking for one or locking the row: nobody
     * else can see the candidate yet. Saves an application two statements.
     */
    @Transactional(TxType.MANDATORY)
    public void createKeyForNew(long candidateId) {
        keysOfTransaction().put(candidateId, createKey(candidateId));
    }

    private SecretKey dataKey(long candidateId, boolean create) {
        Map<Long, SecretKey> cached = keysOfTransaction();
        SecretKey key = cached.get(candidateId);
        if (key == null) {
            key = readOrCreateKey(candidateId, create);
            cached.put(candidateId, key);
        }
        return key;
    }

    /** The unwrapped keys this transaction used, kept with it and dropped when it ends. */
    @SuppressWarnings("unchecked")
    private Map<Long, SecretKey> keysOfTransaction() {
        Map<Long, SecretKey> keys = (Map<Long, SecretKey>) transactions.getResource(CandidateKeys.class);
        if (keys == null) {
            keys = new HashMap<>();
            transactions.putResource(CandidateKeys.class, keys);
        }
        return keys;
    }

    private SecretKey readOrCreateKey(long candidateId, boolean create) {
        MasterKeys masters = masterKeys();
        CandidateKey stored = CandidateKey.findById(candidateId);
        if (stored == null && create) {
            // Two first uses at once (two interviewers saving, the catch-up beside a new mail) would both make a key: the
            // candidate's row is locked while it is made, and the one that waited finds the other's key.
            CandidateKey.getEntityManager().createNativeQuery("select id from candidate where id = :id for update")
                    .setParameter("id", candidateId).getResultList();
            stored = CandidateKey.findById(candidateId);
        }
        if (stored != null) {
            return new SecretKeySpec(open(masters.get(stored.masterKeyId), idBytes(candidateId), stored.wrappedKey), "AES");
        }
        if (!create) {
            throw new IllegalStateException("Candidate #" + candidateId + " has no key: the data can no longer be read");
        }
        return createKey(candidateId);
    }

    private SecretKey createKey(long candidateId) {
        MasterKeys masters = masterKeys();
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        CandidateKey created = new CandidateKey();
        created.candidateId = candidateId;
        created.wrappedKey = seal(masters.current(), idBytes(candidateId), key);
        created.masterKeyId = masters.currentId();
        created.createdAt = Instant.now(clock);
        created.persist();
        return new SecretKeySpec(key, "AES");
    }

    MasterKeys masterKeys() {
        MasterKeys keys = masterKeys;
        if (keys == null) {
            keys = MasterKeys.from(config);
            masterKeys = keys;
        }
        return keys;
    }

    /** Nonce, then ciphertext and tag. */
    byte[] seal(SecretKey key, byte[] aad, byte[] plain) {
        return seal(new byte[0], key, aad, plain);
    }

    /**
     * The header, the nonce, then ciphertext and tag, in one array. The plain bytes go through the cipher in small pieces:
     * HotSpot replaces AES-GCM's authentication loop with the processor's carry-less multiply only once its optimising
     * compiler has compiled the method that calls the loop ({@code GHASH.update}), after a number of calls that it raises
     * while that compiler has a queue, as it has for minutes after a start. A 200 KB CV in 256-byte pieces makes 800
     * calls, so this happens within the first applications; in 4 KB pieces a third of an application's CPU went to the
     * loop in Java for the first minutes under load (bench/README.md). A piece costs well under a microsecond more.
     */
    private byte[] seal(byte[] header, SecretKey key, byte[] aad, byte[] plain) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = new byte[header.length + NONCE + cipher.getOutputSize(plain.length)];
            System.arraycopy(header, 0, sealed, 0, header.length);
            System.arraycopy(nonce, 0, sealed, header.length, NONCE);
            int at = header.length + NONCE;
            for (int from = 0; from < plain.length; from += CIPHER_PIECE) {
                at += cipher.update(plain, from, Math.min(CIPHER_PIECE, plain.length - from), sealed, at);
            }
            at += cipher.doFinal(sealed, at);
            return at == sealed.length ? sealed : Arrays.copyOf(sealed, at);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Sealed data as {@link #encrypt} wrote it, header and all, opened with the candidate's data key. */
    private static byte[] openSealed(SecretKey key, long candidateId, byte[] stored) {
        if (stored[1] != KEY_VERSION) {
            throw new IllegalStateException("Unknown data key version " + stored[1]);
        }
        try {
            return open(key, aad(Arrays.copyOf(stored, HEADER), candidateId), stored, HEADER);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Sealed data of candidate #" + candidateId + " does not open: wrong key or changed data", e.getCause());
        }
    }

    static byte[] open(SecretKey key, byte[] aad, byte[] sealed) {
        return open(key, aad, sealed, 0);
    }

    /** What {@link #seal} sealed, found from {@code offset} of the array. */
    private static byte[] open(SecretKey key, byte[] aad, byte[] sealed, int offset) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, offset + NONCE, sealed.length - offset - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed: wrong key or changed data", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] aad(byte[] header, long candidateId) {
        return concat(header, idBytes(candidateId));
    }

    static byte[] idBytes(long candidateId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(candidateId).array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
