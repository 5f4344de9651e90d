package nl.werving.pipeline;

import java.time.Instant;

/** One of the candidate's applications as the back-office profile shows it, with the vacancy's hiring manager. */
public record ProfileApplication(long id, long vacancyId, String vacancyTitle, String stageName, ApplicationStatus status,
        SourceChannel source, Instant appliedAt, Instant endedAt, long version, Long hiringManagerId) {
}
