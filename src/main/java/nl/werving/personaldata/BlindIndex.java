package nl.werving.personaldata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Keyed hashes (HMAC-SHA-256) of sealed contact data, so the database can still find a candidate by e-mail address,
 * phone number or the start of a word of the name without holding any of them readable. One index key for all
 * candidates (a search crosses candidates), random, stored wrapped by the master key like a candidate's key.
 *
 * <p>{@link #exact} keeps 128 bits: equal means equal (duplicates, the unique e-mail address). {@link #token} keeps 24
 * bits on purpose: a word's token is shared with many other words, so a token list read from a dead row names no word
 * for sure. The price is a rare false hit: with 25 tokens a candidate, one word searched among 100,000 candidates
 * finds a stranger about once in seven searches, and two words almost never; the search drops them from small results
 * ({@code CandidateContacts#confirmed}).
 */
@ApplicationScoped
public class BlindIndex {

    private static final int EXACT_BYTES = 16;
    private static final int TOKEN_BYTES = 3;

    private final CandidateKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKey indexKey;
    /** One MAC per thread: a MAC is not thread-safe, and {@code doFinal} resets it for the next value. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public BlindIndex(CandidateKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The keyed hash of a normalised value of a kind (a short name: e-mail, phone), for equality; {@code null} stays
     * {@code null}. The kind goes into the hash, so equal values of different kinds do not show as equal.
     */
    public String exact(String kind, String normalised) {
        return normalised == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(mac(kind + ":" + normalised, EXACT_BYTES));
    }

    /** The short keyed hash of a normalised word start, six hex digits; see the class comment for why short. */
    public String token(String normalised) {
        return HexFormat.of().formatHex(mac("word:" + normalised, TOKEN_BYTES));
    }

    private byte[] mac(String value, int length) {
        byte[] full = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        byte[] kept = new byte[length];
        System.arraycopy(full, 0, kept, 0, length);
        return kept;
    }

    /** A MAC set up with the index key; looking one up and keying it costs more than the forty hashes of an application. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private SecretKey indexKey() {
        SecretKey key = indexKey;
        if (key == null) {
            try {
                key = loadOrCreate();
            } catch (RuntimeException madeByAnotherInstanceAtOnce) {
                key = loadOrCreate();
            }
            indexKey = key;
        }
        return key;
    }

    /**
     * The stored index key, made on first use. Two instances making it at once both insert row 1: the loser's
     * transaction fails on the primary key and the next use reads the winner's.
     */
    @Transactional(TxType.REQUIRES_NEW)
    SecretKey loadOrCreate() {
        MasterKeys masters = keys.masterKeys();
        IndexKey stored = IndexKey.findById(IndexKey.ONLY);
        if (stored != null) {
            return new SecretKeySpec(CandidateKeys.open(masters.get(stored.masterKeyId), aad(), stored.wrappedKey), "HmacSHA256");
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        IndexKey created = new IndexKey();
        created.id = IndexKey.ONLY;
        created.wrappedKey = keys.seal(masters.current(), aad(), key);
        created.masterKeyId = masters.currentId();
        created.createdAt = Instant.now(clock);
        created.persist();
        IndexKey.flush();
        return new SecretKeySpec(key, "HmacSHA256");
    }

    /** Re-wraps the index key with the current master key if another one wrapped it (a rotation); returns whether it did. */
    @Transactional
    public boolean rewrap() {
        MasterKeys masters = keys.masterKeys();
        IndexKey stored = IndexKey.findById(IndexKey.ONLY);
        if (stored == null || stored.masterKeyId.equals(masters.currentId())) {
            return false;
        }
        stored.wrappedKey = keys.seal(masters.current(), aad(), CandidateKeys.open(masters.get(stored.masterKeyId), aad(), stored.wrappedKey));
        stored.masterKeyId = masters.currentId();
        return true;
    }

    /** Authenticated beside the wrapped key, so a candidate's wrapped key cannot stand in for it. */
    private static byte[] aad() {
        return "werving-index-key".getBytes(StandardCharsets.US_ASCII);
    }
}
