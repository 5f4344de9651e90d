package nl.werving.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;
import nl.werving.pipeline.Application;

/**
 * A reference check on one application: asked by a recruiter, answered by the candidate with referees and a consent
 * per referee (or a refusal), and withdrawable by the candidate at any time. Part of the candidate aggregate.
 */
@Entity
public class ReferenceCheck extends PanacheEntity {

    /** The longest response of the candidate to the findings. */
    public static final int RESPONSE_MAX = 4000;

    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public ReferenceCheckStatus status;

    public Long requestedBy;
    public Instant requestedAt;
    /** When the candidate named referees or refused. */
    public Instant answeredAt;
    public Instant withdrawnAt;
    public Long discussedBy;
    public Instant discussedAt;
    /**
     * What the candidate said about the findings, written by them or by the recruiter who discussed it: sealed under the
     * candidate's key (ReferenceTexts), {@link #candidateResponse} is its plain text once opened.
     */
    @Column(name = "candidate_response")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedResponse;

    @Transient
    public String candidateResponse;
    public Instant respondedAt;

    @OneToMany(mappedBy = "check", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<Referee> referees = new ArrayList<>();

    // Written out: Panache makes no accessors for transient fields, and templates read them through accessors.
    public String getCandidateResponse() {
        return candidateResponse;
    }

    /** The checks of an application, newest first, with their referees. */
    public static List<ReferenceCheck> forApplication(long applicationId) {
        return find("select c from ReferenceCheck c left join fetch c.referees where c.application.id = ?1 order by c.id desc",
                applicationId).list();
    }

    /** The checks of a candidate's applications, with their referees. */
    public static List<ReferenceCheck> forCandidate(long candidateId) {
        return find("""
                select c from ReferenceCheck c join fetch c.application a join fetch a.vacancy left join fetch c.referees
                where c.candidate.id = ?1 order by c.id desc""",
                candidateId).list();
    }

    /** Whether a referee answered or declined: there is something to discuss with the candidate. */
    public boolean hasFindings() {
        return referees.stream().anyMatch(referee -> referee.status == RefereeStatus.ANSWERED || referee.status == RefereeStatus.DECLINED);
    }

    /** The referees who answered, for the findings side by side. */
    public List<Referee> answered() {
        return referees.stream().filter(Referee::isAnswered).toList();
    }

    /** The candidate was asked and can still name referees or refuse. */
    public boolean isAwaitingCandidate() {
        return status == ReferenceCheckStatus.REQUESTED && !application.status.isEnded();
    }

    /** Still under way: the candidate has not answered, or a referee is still expected to. */
    public boolean isOpen() {
        return status == ReferenceCheckStatus.REQUESTED
                || status == ReferenceCheckStatus.NAMED && referees.stream().anyMatch(Referee::isPending);
    }

    /** One of the candidate's checks with its application and vacancy; empty for anyone else's. */
    public static Optional<ReferenceCheck> findOfCandidate(long checkId, long candidateId) {
        return find("""
                select c from ReferenceCheck c join fetch c.application a join fetch a.vacancy where c.id = ?1 and c.candidate.id = ?2""",
                checkId, candidateId).firstResultOptional();
    }

    /** Every check of the candidate, with its referees. */
    static List<ReferenceCheck> listForCandidate(long candidateId) {
        return find("select c from ReferenceCheck c left join fetch c.referees where c.candidate.id = ?1", candidateId).list();
    }

    /**
     * Checks stored before their responses were sealed (V38 listed them): for ReferenceTexts#sealBacklog.  Seals up to
     * {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("reference_check_plain", "check_id", limit, seal);
    }
}
