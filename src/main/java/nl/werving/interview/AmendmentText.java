package nl.werving.interview;

import java.time.Instant;

/** A {@link ScorecardAmendment} with its reason opened. */
public record AmendmentText(Long competencyId, Integer previousRating, Integer rating, Recommendation previousRecommendation,
        Recommendation recommendation, String reason, Instant createdAt) {
}
