package nl.werving.survey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

import org.hibernate.Timeouts;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;

/**
 * The invitation to answer the survey about one ended application. Personal data: it says who may answer and holds
 * the hash of their link, so it lives in the candidate aggregate and goes with the candidate. Answering deletes it, so
 * no row ever ties an answer to the person.
 */
@Entity
public class SurveyInvitation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    /** The candidate's language when the application ended: the mail and the page speak it. */
    public String language;

    public Instant createdAt;

    /** Not mailed before this moment. */
    public Instant sendAfter;

    /** SHA-256 of the link's token; set when the mail is written, since only then is there a link. */
    public String tokenHash;

    public Instant sentAt;

    public Instant expiresAt;

    public static boolean existsFor(long applicationId) {
        return count("application.id", applicationId) > 0;
    }

    /** Invitations due to be mailed, locked so that two instances do not both mail one. */
    static List<SurveyInvitation> lockDue(Instant now, int max) {
        return find("sentAt is null and sendAfter <= ?1 order by sendAfter", now).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI).page(0, max).list();
    }

    static Optional<SurveyInvitation> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    /** Deletes the invitation in one statement; 1 when this caller deleted it, 0 when another got there first. */
    static long deleteOnce(long id) {
        return delete("id", id);
    }

    static List<SurveyInvitation> listForCandidate(long candidateId) {
        return list("candidate.id = ?1 order by createdAt", candidateId);
    }

    static long moveToCandidate(long duplicateId, Candidate kept) {
        return update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
    }

    static long deleteOfCandidates(Collection<Long> candidateIds) {
        return delete("candidate.id in ?1", candidateIds);
    }

    /** Links that ran out open nothing any more: the invitation goes. */
    static long deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
