package nl.werving.profile;

import java.time.Instant;

import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SourceChannel;

/** One of the candidate's applications as the profile shows it. */
public record ProfileApplication(long id, long vacancyId, String vacancyTitle, String stageName, ApplicationStatus status,
        SourceChannel source, Instant appliedAt, Instant endedAt, long version, Long hiringManagerId) {
}
