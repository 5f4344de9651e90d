package nl.werving.pipeline;

import java.time.Duration;
import java.time.Instant;

/** A card on the board: enough to recognise the candidate and see how long they have waited. */
public record BoardCard(long applicationId, long candidateId, String candidateName, long stageId, SourceChannel source,
        Instant appliedAt, Instant stageEnteredAt, long version) {

    public long daysInStage(Instant now) {
        return Math.max(0, Duration.between(stageEnteredAt, now).toDays());
    }
}
