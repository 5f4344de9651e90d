package nl.werving.pipeline;

/** The candidates just before and after an application in its stage of the board; either is {@code null} at an end. */
public record StageNeighbours(StageNeighbour previous, StageNeighbour next) {

    static final StageNeighbours NONE = new StageNeighbours(null, null);
}
