package nl.werving.interview;

import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PlainRows;

/**
 * A correction to a submitted scorecard: the original value and the reason, beside the corrected rating. The
 * reason is free text about the candidate, so the row belongs to the candidate aggregate and the reason is sealed under
 * the candidate's key; read it through {@link Scorecards} ({@link AmendmentText}).
 */
@Entity
public class ScorecardAmendment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @ManyToOne(fetch = FetchType.LAZY)
    public Scorecard scorecard;

    public Long competencyId;
    public Integer previousRating;
    public Integer rating;

    @Enumerated(EnumType.STRING)
    public Recommendation previousRecommendation;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    public byte[] reason;

    public Long authorId;
    public Instant createdAt;

    public static List<ScorecardAmendment> forScorecards(List<Long> scorecardIds) {
        return scorecardIds.isEmpty() ? List.of() : list("scorecard.id in ?1 order by createdAt", scorecardIds);
    }

    /** Every correction of a scorecard about the candidate. */
    public static List<ScorecardAmendment> listForCandidate(long candidateId) {
        return list("candidate.id", candidateId);
    }

    /**
     * Corrections stored before their reasons were sealed (V36 listed them): for {@link Scorecards#sealBacklog}.
     * Seals up to {@code limit} of them with {@code seal}, returns how many.
     */
    static int sealListed(int limit, LongConsumer seal) {
        return PlainRows.sealListed("scorecard_amendment_plain", "amendment_id", limit, seal);
    }
}
