package nl.werving.privacy;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;

/** Keeps a candidate out of the purge, for a dispute or an authority's request, until an admin lifts it. */
@Entity
public class LegalHold extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    /** Why, in the admin's words: sealed under the candidate's key, as it may say anything about them. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] reason;

    public Long placedBy;
    public Instant placedAt;
    public Long liftedBy;
    public Instant liftedAt;

    /** Holds not lifted, newest first, with their candidate. */
    public static List<LegalHold> active() {
        return find("select h from LegalHold h join fetch h.candidate where h.liftedAt is null order by h.placedAt desc").list();
    }

    public static boolean isActive(long candidateId) {
        return count("candidate.id = ?1 and liftedAt is null", candidateId) > 0;
    }

    /** The candidate's holds, lifted ones too, oldest first. */
    static List<LegalHold> listForCandidate(long candidateId) {
        return list("candidate.id = ?1 order by placedAt", candidateId);
    }

    /**
     * Holds stored before their reason was sealed (V39 listed them).  Seals up to {@code limit} of them with {@code
     * seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("legal_hold_plain", "hold_id", limit, seal);
    }
}
