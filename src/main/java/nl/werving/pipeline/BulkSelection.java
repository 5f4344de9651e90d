package nl.werving.pipeline;

/** A ticked card as the confirmation of a bulk action lists it. */
public record BulkSelection(long applicationId, String candidateName, String stageName, StagePhase phase) {

    /** Interviews or further: the candidate has put time in, so a bulk action deserves a second look. */
    public boolean isLate() {
        return phase.compareTo(StagePhase.INTERVIEWS) >= 0;
    }
}
