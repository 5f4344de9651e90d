package nl.werving.candidate;

import java.time.Instant;

/** A team note on the candidate, of one application or none, with its author's name. */
public record NoteEntry(Long applicationId, String body, String authorName, Instant createdAt) {
}
