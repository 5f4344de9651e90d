package nl.werving.pipeline;

import java.time.Instant;

/**
 * An application entered a stage: on applying (the vacancy's first stage, {@code newApplication}) or by a move. Fired
 * inside the transaction that made the change, so what observers plan for it commits or rolls back with it.
 */
public record StageEntered(long applicationId, long stageId, Instant enteredAt, boolean newApplication) {
}
