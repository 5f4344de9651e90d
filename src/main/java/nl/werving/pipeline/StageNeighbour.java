package nl.werving.pipeline;

/** The candidate just before or after another in a stage of the board. */
public record StageNeighbour(long candidateId, String candidateName) {
}
