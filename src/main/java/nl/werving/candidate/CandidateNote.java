package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A note of the team about a candidate, or the note with a move: free text, so part of the candidate aggregate. */
@Entity
public class CandidateNote extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long applicationId;

    public Long stageMoveId;

    public Long authorId;

    public String body;

    public Instant createdAt;

    /** The candidate's notes on no application or on one of these, with their authors' names, in one query. */
    public static List<NoteEntry> listForApplications(long candidateId, Collection<Long> applicationIds) {
        return getEntityManager().createQuery("""
                select new nl.werving.candidate.NoteEntry(n.applicationId, n.body, u.displayName, n.createdAt)
                from CandidateNote n left join AppUser u on u.id = n.authorId
                where n.candidate.id = :candidate and (n.applicationId is null or n.applicationId in :ids)""", NoteEntry.class)
                .setParameter("candidate", candidateId).setParameter("ids", applicationIds).getResultList();
    }

    /** Every note the team wrote about the candidate. */
    public static List<CandidateNote> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }
}
