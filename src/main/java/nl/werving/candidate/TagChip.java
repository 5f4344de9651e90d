package nl.werving.candidate;

/**
 * A tag as shown beside a candidate: an admin's tag with its colour, or a free tag (no colour). {@code linkId} removes
 * it from the candidate.
 */
public record TagChip(long linkId, long candidateId, String name, TagColour colour) {

    public boolean isFree() {
        return colour == null;
    }
}
