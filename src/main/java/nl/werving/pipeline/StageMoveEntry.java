package nl.werving.pipeline;

import java.time.Instant;

/** A move in an application's history, with the stage names and who moved it (null for the system). */
public record StageMoveEntry(long applicationId, String fromStage, String toStage, String actorName, Instant movedAt) {
}
