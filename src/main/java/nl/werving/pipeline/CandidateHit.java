package nl.werving.pipeline;

import java.time.Instant;

/** One application found by the candidate search, with what the result list shows of its candidate. */
public record CandidateHit(long applicationId, long candidateId, String fullName, String email, String phone, long vacancyId,
        String vacancyTitle, String stageName, ApplicationStatus status, SourceChannel source, Instant appliedAt) {
}
