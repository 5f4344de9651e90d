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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;

import org.hibernate.Timeouts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import nl.werving.personaldata.PlainRows;

/**
 * Someone the candidate named as a referee, with the state of the questionnaire sent to them. Only the SHA-256 of the
 * questionnaire link's token is stored; the link works once and until it expires.
 */
@Entity
public class Referee extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reference_check_id")
    public ReferenceCheck check;

    public int position;

    // The referee's own data is sealed under the candidate's key: the columns hold the sealed bytes, the transient fields
    // below the plain text once ReferenceTexts opened them. Write them only through ReferenceTexts, which sets both.
    @Column(name = "full_name")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedFullName;

    @Column(name = "email")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedEmail;

    @Column(name = "phone")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedPhone;

    @Column(name = "company")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedCompany;

    @Column(name = "period")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedPeriod;

    @Column(name = "remarks")
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] sealedRemarks;

    @Transient
    public String fullName;
    @Transient
    public String email;
    @Transient
    public String phone;

    @Enumerated(EnumType.STRING)
    public Relationship relationship;

    @Transient
    public String company;
    @Transient
    public String period;

    @Enumerated(EnumType.STRING)
    public RefereeStatus status;

    public String tokenHash;
    /** The first link's hash once a reminder brought a new link; both work until the link expires. */
    public String previousTokenHash;
    public Instant invitedAt;
    public Instant expiresAt;
    public Instant remindedAt;
    public Instant respondedAt;

    @Enumerated(EnumType.STRING)
    public WorkAgain wouldWorkAgain;

    @Transient
    public String remarks;

    /**
     * When the referee agreed that the candidate may have their answers in a copy of the candidate's data; null when
     * they did not. Their answers are their own account, so without this the copy leaves them out (GDPR art. 15(4)).
     */
    public Instant sharingAgreedAt;

    @OneToMany(mappedBy = "referee", cascade = { CascadeType.PERSIST, CascadeType.REMOVE }, orphanRemoval = true)
    @OrderBy("topic")
    public List<RefereeAnswer> answers = new ArrayList<>();

    // Written out: Panache makes no accessors for transient fields, and templates read them through accessors.
    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getCompany() {
        return company;
    }

    public String getPeriod() {
        return period;
    }

    public String getRemarks() {
        return remarks;
    }

    /** The referee a link belongs to; locked when the answer is about to be stored, so a link is used once. */
    public static Optional<Referee> findByTokenHash(String tokenHash, boolean forUpdate) {
        PanacheQuery<Referee> query = find("tokenHash = ?1 or previousTokenHash = ?1", tokenHash);
        return (forUpdate ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResultOptional();
    }

    /**
     * Forgets the links that no longer open the questionnaire: used (answered or declined), called off, or expired.
     * Their hashes go, so such a link answers like one that never existed. Returns how many referees lost a link.
     */
    static int forgetDeadLinks(Instant now) {
        return update("""
                tokenHash = null, previousTokenHash = null
                where (tokenHash is not null or previousTokenHash is not null) and (status <> ?1 or expiresAt <= ?2)""",
                RefereeStatus.INVITED, now);
    }

    /** Fetches the answers of all referees of these checks in one query, so a page's queries do not grow with them. */
    static void loadAnswers(List<ReferenceCheck> checks) {
        if (!checks.isEmpty()) {
            find("select r from Referee r left join fetch r.answers where r.check in ?1", checks).list();
        }
    }

    public RefereeAnswer answer(ReferenceTopic topic) {
        return answers.stream().filter(answer -> answer.topic == topic).findFirst().orElse(null);
    }

    public boolean isAnswered() {
        return status == RefereeStatus.ANSWERED;
    }

    /** Asked, not answered, and the link ran out: the recruiter may send a new one. */
    public boolean isExpired(Instant now) {
        return status == RefereeStatus.INVITED && !expiresAt.isAfter(now);
    }

    /** Named with consent and not asked yet, or asked with a link that ran out: the questionnaire can go (again). */
    public boolean isInvitable(Instant now) {
        return status == RefereeStatus.NAMED || isExpired(now);
    }

    /** Still expected to answer: named, or asked with a link that works. */
    public boolean isPending() {
        return status == RefereeStatus.NAMED || status == RefereeStatus.INVITED;
    }

    public boolean isSharedWithCandidate() {
        return sharingAgreedAt != null;
    }

    /** A finding that needs a second look: a score of 2 or lower, or not wanting to work with them again. */
    public boolean isFlagged() {
        return wouldWorkAgain == WorkAgain.NO || answers.stream().anyMatch(RefereeAnswer::isLow);
    }

    /** Forgets what the referee said; the fact that they were named stays as the consent's subject. */
    void forgetAnswers() {
        answers.clear();
        wouldWorkAgain = null;
        remarks = null;
        sealedRemarks = null;
        sharingAgreedAt = null;
    }

    /** Referees of the application still asked to answer. */
    public static List<Referee> listInvitedFor(long applicationId) {
        return list("check.application.id = ?1 and status = ?2", applicationId, RefereeStatus.INVITED);
    }

    /**
     * The candidate's other referees still asked to answer: a bounded set, whose sealed addresses are compared once opened
     * (ReferenceTexts#isInvitedElsewhere).
     */
    static List<Referee> listInvitedOfCandidate(long candidateId, long exceptRefereeId) {
        return list("check.candidate.id = ?1 and status = ?2 and id <> ?3", candidateId, RefereeStatus.INVITED, exceptRefereeId);
    }

    /** Every referee of the candidate's checks, with their answers. */
    /**
     * Locks the candidate's referees, in id order, so an answer being given meanwhile is waited for and then seen (the
     * questionnaire locks the referee too).
     */
    static void lockForCandidate(long candidateId) {
        find("check.candidate.id = ?1 order by id", candidateId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    static List<Referee> listForCandidate(long candidateId) {
        return find("select r from Referee r left join fetch r.answers where r.check.candidate.id = ?1", candidateId).list();
    }

    /**
     * Referees stored before their data was sealed (V38 listed them): for ReferenceTexts#sealBacklog.  Seals up to
     * {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("referee_plain", "referee_id", limit, seal);
    }

    /**
     * Invited referees without a reminder yet, invited before the given moment, whose link still works; locked, and
     * skipping those another instance holds, so each is reminded once.
     */
    public static List<Referee> listDueForReminder(Instant invitedBefore, Instant now) {
        return find("status = ?1 and remindedAt is null and invitedAt <= ?2 and expiresAt > ?3", RefereeStatus.INVITED, invitedBefore, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI).list();
    }
}
