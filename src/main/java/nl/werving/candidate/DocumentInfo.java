package nl.werving.candidate;

import java.time.Instant;

/** A document of the candidate, without its bytes. */
public record DocumentInfo(long id, Long applicationId, String fileName, String contentType, long sizeBytes, Instant createdAt) {

    public boolean isPdf() {
        return "application/pdf".equals(contentType);
    }

    public long sizeKb() {
        return Math.max(1, (sizeBytes + 1023) / 1024);
    }
}
