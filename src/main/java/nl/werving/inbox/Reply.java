package nl.werving.inbox;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.candidate.Candidate;

/**
 * A mail a candidate sent to Werving, as text. {@code messageKey} is unique: a message read twice is stored once.
 */
@Entity
public class Reply extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    public Long conversationId;

    public String fromAddress;

    public String subject;

    public String bodyText;

    public Instant receivedAt;

    public Instant storedAt;

    public String messageId;

    public String messageKey;

    public static List<Reply> listForCandidate(long candidateId) {
        return list("candidate.id", Sort.by("receivedAt").and("id"), candidateId);
    }

    public static boolean existsWithKey(String messageKey) {
        return count("messageKey", messageKey) > 0;
    }

    /** Moves a duplicate candidate's replies to the candidate kept. */
    public static long moveToCandidate(long fromCandidateId, long toCandidateId) {
        return update("candidate = ?1 where candidate.id = ?2", getEntityManager().getReference(Candidate.class, toCandidateId),
                fromCandidateId);
    }
}
