package nl.werving.pipeline;

import java.time.Duration;
import java.time.Instant;

/**
 * A card on the board: enough to recognise the candidate, see how long they have waited and, once scorecards are in,
 * how they scored ({@code summary}, {@code null} before). The card carries all it shows, so that the board's template
 * never looks outside the card for one of its 650 cards.
 */
public record BoardCard(long applicationId, long candidateId, String candidateName, long stageId, SourceChannel source,
        Instant appliedAt, Instant stageEnteredAt, long version, AssessmentSummary summary) {

    /** The card as the query reads it, before its scorecards are summed up. */
    public BoardCard(long applicationId, long candidateId, String candidateName, long stageId, SourceChannel source,
            Instant appliedAt, Instant stageEnteredAt, long version) {
        this(applicationId, candidateId, candidateName, stageId, source, appliedAt, stageEnteredAt, version, null);
    }

    public BoardCard withSummary(AssessmentSummary summary) {
        return new BoardCard(applicationId, candidateId, candidateName, stageId, source, appliedAt, stageEnteredAt, version,
                summary);
    }

    public long daysInStage(Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }
}
