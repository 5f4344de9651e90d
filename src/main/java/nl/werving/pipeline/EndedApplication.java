package nl.werving.pipeline;

import java.time.Instant;
import java.util.Locale;

import nl.werving.candidate.Candidate;
import nl.werving.web.LocalizedText;

/** A row of a vacancy's list of rejected, withdrawn or hired applications; {@code reason} only for a rejection. */
public record EndedApplication(long applicationId, Candidate candidate, String stageName,
        ApplicationStatus status, LocalizedText reason, Instant appliedAt, Instant endedAt) {

    /** {@code null} once the candidate is purged or erased. */
    public Long candidateId() {
        return candidate == null ? null : candidate.id;
    }

    /** The name, opened with the list's other candidates ({@link Candidate#openAll}); {@code null} once gone. */
    public String candidateName() {
        return candidate == null ? null : candidate.fullName();
    }

    public String reason(Locale locale) {
        return reason == null ? null : reason.in(locale);
    }
}
