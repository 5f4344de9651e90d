package nl.werving.pipeline;

import java.time.Instant;

/** One application as the candidate sees it on their status page. */
public record CandidateApplication(long id, String vacancyTitle, String vacancySlug, Instant appliedAt,
        ApplicationStatus status, StagePhase phase, Instant endedAt) {

    public boolean isActive() {
        return status == ApplicationStatus.ACTIVE;
    }
}
