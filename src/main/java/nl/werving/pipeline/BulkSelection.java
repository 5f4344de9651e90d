package nl.werving.pipeline;

import nl.werving.candidate.Candidate;

/** A ticked card as the confirmation of a bulk action lists it. */
public record BulkSelection(long applicationId, Candidate candidate, String stageName, int stageOrder, StagePhase phase) {

    /** The name, opened with the selection's other candidates ({@link Candidate#openAll}). */
    public String candidateName() {
        return candidate.fullName();
    }

    /** Interviews or further: the candidate has put time in, so a bulk action deserves a second look. */
    public boolean isLate() {
        return phase.compareTo(StagePhase.INTERVIEWS) >= 0;
    }
}
