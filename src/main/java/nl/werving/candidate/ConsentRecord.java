package nl.werving.candidate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;

import org.hibernate.Timeouts;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.web.Filters;

/**
 * Proof of what a candidate agreed to: the purpose, the version of the text they saw, through which
 * channel, when, and when they withdrew it.
 */
@Entity
public class ConsentRecord extends PanacheEntity {

    public enum Purpose {
        /** Keep the candidate's data after the procedure to contact them for other vacancies. */
        TALENT_POOL,
        /** Contact one referee the candidate named, with the questions the statement lists. */
        REFERENCE_CHECK
    }

    public enum Channel {
        APPLY_FORM,
        RENEWAL_MAIL,
        REFERENCE_FORM
    }

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public String textVersion;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public Instant givenAt;

    public Instant withdrawnAt;

    /** The referee a reference-check consent is about; {@code null} for other purposes. */
    public Long refereeId;

    /** When the candidate was asked to renew this consent before it runs out. */
    public Instant renewalRequestedAt;

    /** The consents given for these referees, withdrawn ones too. */
    public static List<ConsentRecord> listForReferees(Collection<Long> refereeIds) {
        return refereeIds.isEmpty() ? List.of() : list("refereeId in ?1", refereeIds);
    }

    /** The referee's consents that were not withdrawn. */
    public static List<ConsentRecord> listStandingForReferee(long refereeId) {
        return list("refereeId = ?1 and withdrawnAt is null", refereeId);
    }

    /** The referee's standing consent to be asked for a reference, or {@code null}. */
    public static ConsentRecord findStandingReferenceConsent(long refereeId) {
        return find("refereeId = ?1 and purpose = ?2 and withdrawnAt is null", refereeId, Purpose.REFERENCE_CHECK).firstResult();
    }

    /**
     * Talent-pool consents given after {@code validFrom} and not withdrawn, whose candidate the search finds (on {@code c};
     * {@code null}: everyone), newest first, with the candidate.
     */
    public static List<ConsentRecord> talentPool(Instant validFrom, CandidateContacts.WordSearch search, int limit) {
        Filters filters = new Filters().require("r.purpose = :purpose", "purpose", Purpose.TALENT_POOL)
                .always("r.withdrawnAt is null").require("r.givenAt > :validFrom", "validFrom", validFrom);
        if (search != null) {
            filters.always(search.condition());
        }
        return filters.bind(getEntityManager().createQuery("select r from ConsentRecord r join fetch r.candidate c" + filters.where()
                + " order by r.givenAt desc, r.id desc", ConsentRecord.class)).setMaxResults(limit).getResultList();
    }

    /**
     * Talent-pool consents given in ({@code givenAfter}, {@code givenUpTo}] whose candidate was not asked to renew
     * yet; locked, and skipped when another instance holds them, so each question goes out once.
     */
    public static List<ConsentRecord> lockDueForRenewal(Instant givenAfter, Instant givenUpTo) {
        return find("purpose = ?1 and withdrawnAt is null and renewalRequestedAt is null and givenAt > ?2 and givenAt <= ?3",
                Purpose.TALENT_POOL, givenAfter, givenUpTo)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI).list();
    }

    /** The candidate's talent-pool consents not withdrawn, whatever their age. */
    public static List<ConsentRecord> openTalentPool(long candidateId) {
        return list("candidate.id = ?1 and purpose = ?2 and withdrawnAt is null", candidateId, Purpose.TALENT_POOL);
    }

    /** Every consent the candidate gave, withdrawn ones too. */
    public static List<ConsentRecord> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }
}
