package nl.werving.inbox;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;

/**
 * One exchange of mails with a candidate, named by a random token in its reply address. Part of the candidate
 * aggregate: it says whom Werving wrote to.
 */
@Entity
public class Conversation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public String token;

    public Long applicationId;

    public Long vacancyId;

    public Instant createdAt;

    public static Optional<Conversation> findByToken(String token) {
        return find("token", token).firstResultOptional();
    }

    /** Moves a duplicate candidate's conversations to the candidate kept. */
    public static long moveToCandidate(long fromCandidateId, long toCandidateId) {
        return update("candidate = ?1 where candidate.id = ?2", getEntityManager().getReference(Candidate.class, toCandidateId),
                fromCandidateId);
    }
}
