package nl.werving.pipeline;

import java.time.Instant;
import nl.werving.candidate.Candidate;

/** One application found by the candidate search, with what the result list shows of its candidate. */
public record CandidateHit(long applicationId, Candidate candidate, long vacancyId, String vacancyTitle, String stageName,
        ApplicationStatus status, SourceChannel source, Instant appliedAt) {

    public long candidateId() {
        return candidate.id;
    }

    /** Opened with the page's other candidates ({@link Candidate#openAll}), as are {@link #email()} and {@link #phone()}. */
    public String fullName() {
        return candidate.fullName();
    }

    public String email() {
        return candidate.email();
    }

    public String phone() {
        return candidate.phone();
    }
}
