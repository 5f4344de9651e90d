package nl.werving.pipeline;

import java.time.Instant;
import java.util.Locale;

import nl.werving.web.LocalizedText;

/** A row of a vacancy's list of rejected, withdrawn or hired applications; {@code reason} only for a rejection. */
public record EndedApplication(long applicationId, Long candidateId, String candidateName, String stageName,
        ApplicationStatus status, LocalizedText reason, Instant appliedAt, Instant endedAt) {

    public String reason(Locale locale) {
        return reason == null ? null : reason.in(locale);
    }
}
