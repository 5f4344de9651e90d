package nl.werving.privacy;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;

/** Keeps a candidate out of the purge, for a dispute or an authority's request, until an admin lifts it. */
@Entity
public class LegalHold extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public String reason;
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
}
