package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.personaldata.PlainRows;

/** A note of the team about a candidate, or the note with a move: free text, so part of the candidate aggregate. */
@Entity
public class CandidateNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long applicationId;

    public Long stageMoveId;

    public Long authorId;

    /** Sealed under the candidate's key, UTF-8 inside; read and write it through {@link CandidateService}. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] body;

    public Instant createdAt;

    /** The candidate's notes on no application or on one of these, with their authors' names, in one query. */
    static List<Stored> listForApplications(long candidateId, Collection<Long> applicationIds) {
        return getEntityManager().createQuery("""
                select new nl.werving.candidate.CandidateNote$Stored(n.applicationId, n.body, u.displayName, n.createdAt)
                from CandidateNote n left join AppUser u on u.id = n.authorId
                where n.candidate.id = :candidate and (n.applicationId is null or n.applicationId in :ids)""", Stored.class)
                .setParameter("candidate", candidateId).setParameter("ids", applicationIds).getResultList();
    }

    /**
     * Notes stored before they were sealed (V35 listed them).  Seals up to {@code limit} of them with {@code seal},
     * returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("candidate_note_plain", "note_id", limit, seal);
    }

    /** Every note the team wrote about the candidate. */
    public static List<CandidateNote> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /** A note as stored, its body still sealed. */
    public record Stored(Long applicationId, byte[] body, String authorName, Instant createdAt) {
    }
}
