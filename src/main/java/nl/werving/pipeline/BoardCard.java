package nl.werving.pipeline;

import java.time.Duration;
import java.time.Instant;

import nl.werving.candidate.Candidate;

/**
 * A card on the board: enough to recognise the candidate, see how long they have waited and, once scorecards are in,
 * how they scored ({@code summary}, {@code null} before), and how many automated actions wait ({@code pendingActions}). The card carries all it shows, so that the board's template
 * never looks outside the card for one of its 650 cards.
 */
public record BoardCard(long applicationId, Candidate candidate, long stageId, SourceChannel source,
        Instant appliedAt, Instant stageEnteredAt, long version, AssessmentSummary summary, int pendingActions) {

    /** The card as the query reads it, before its scorecards are summed up. */
    public BoardCard(long applicationId, Candidate candidate, long stageId, SourceChannel source,
            Instant appliedAt, Instant stageEnteredAt, long version) {
        this(applicationId, candidate, stageId, source, appliedAt, stageEnteredAt, version, null, 0);
    }

    public BoardCard withSummary(AssessmentSummary summary) {
        return new BoardCard(applicationId, candidate, stageId, source, appliedAt, stageEnteredAt, version, summary, pendingActions);
    }

    /** The card with the number of automated actions waiting for it (stage automations), 0 for none. */
    public BoardCard withPendingActions(Integer count) {
        return new BoardCard(applicationId, candidate, stageId, source, appliedAt, stageEnteredAt, version, summary,
                count == null ? 0 : count);
    }

    public long candidateId() {
        return candidate.id;
    }

    /** The name, opened with the query's other candidates ({@link Candidate#openAll}). */
    public String candidateName() {
        return candidate.fullName();
    }

    public long daysInStage(Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }
}
