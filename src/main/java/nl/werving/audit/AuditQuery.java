package nl.werving.audit;

/** Filters of the audit page, kept in the URL. */
public record AuditQuery(AuditAction action, Long actorId, String entityType, Long entityId, int page) {
}
