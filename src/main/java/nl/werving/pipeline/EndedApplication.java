package nl.werving.pipeline;

import java.time.Instant;
import java.util.Locale;

/** A row of a vacancy's list of rejected, withdrawn or hired applications. */
public record EndedApplication(long applicationId, Long candidateId, String candidateName, String stageName,
        ApplicationStatus status, String reasonNl, String reasonEn, String reasonFr, Instant appliedAt, Instant endedAt) {

    public String reason(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> reasonEn;
            case "fr" -> reasonFr;
            default -> reasonNl;
        };
    }
}
