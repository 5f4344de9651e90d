package nl.werving.pipeline;

import java.time.Duration;
import java.time.Instant;

/**
 * A card on the board: enough to recognise the candidate, see how long they have waited and, once scorecards are in,
 * how they scored ({@code summary}, {@code null} before), and how many automated actions wait ({@code pendingActions}).
 * The card carries all it shows, so that the board's template never looks outside the card for one of its 650 cards.
 */
public record BoardCard(long applicationId, long candidateId, String candidateName, long stageId, SourceChannel source,
        Instant appliedAt, Instant stageEnteredAt, long version, AssessmentSummary summary, int pendingActions) {

    /**
     * The card as the query reads it, before its scorecards are summed up and without the name: names are sealed, and
     * only the cards a column shows are opened ({@link #withName}).
     */
    public BoardCard(long applicationId, long candidateId, long stageId, SourceChannel source, Instant appliedAt,
            Instant stageEnteredAt, long version) {
        this(applicationId, candidateId, null, stageId, source, appliedAt, stageEnteredAt, version, null, 0);
    }

    public BoardCard withName(String name) {
        return new BoardCard(applicationId, candidateId, name, stageId, source, appliedAt, stageEnteredAt, version, summary,
                pendingActions);
    }

    public BoardCard withSummary(AssessmentSummary summary) {
        return new BoardCard(applicationId, candidateId, candidateName, stageId, source, appliedAt, stageEnteredAt, version,
                summary, pendingActions);
    }

    /** The card with the number of automated actions waiting for it (stage automations), 0 for none. */
    public BoardCard withPendingActions(Integer count) {
        return new BoardCard(applicationId, candidateId, candidateName, stageId, source, appliedAt, stageEnteredAt, version,
                summary, count == null ? 0 : count);
    }

    public long daysInStage(Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }
}
