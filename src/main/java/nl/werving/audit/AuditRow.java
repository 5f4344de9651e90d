package nl.werving.audit;

import java.time.Instant;

/** A line of the audit log as the admin page shows it. */
public record AuditRow(long id, Instant occurredAt, Long actorId, String actorName, AuditAction action, String entityType,
        Long entityId, String detail) {
}
