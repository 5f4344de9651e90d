package nl.werving.candidate;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A link a candidate got by mail. Only the SHA-256 of the random token is stored, so a copy of the
 * database opens nothing; each token opens one thing (its purpose) and expires.
 */
@Entity
public class CandidateToken extends PanacheEntity {

    public enum Purpose {
        /** The candidate's own status page: applications, stage, withdraw. */
        STATUS,
        /** The renewal question of a talent-pool consent: renew or withdraw. */
        CONSENT
    }

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public String tokenHash;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public Instant createdAt;

    public Instant expiresAt;

    public static Optional<CandidateToken> findValid(String tokenHash, Purpose purpose, Instant now) {
        return find("tokenHash = ?1 and purpose = ?2 and expiresAt > ?3", tokenHash, purpose, now).firstResultOptional();
    }

    /** Deletes the tokens that expired by {@code now}, of every purpose; returns how many. */
    public static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
