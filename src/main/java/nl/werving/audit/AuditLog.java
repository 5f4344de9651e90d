package nl.werving.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.web.Page;

/**
 * Writes the audit log. Features call {@link #record} inside the transaction of the action, so an
 * action and its audit line are saved together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** Entity types on record. */
    public static final String USER = "user";
    public static final String VACANCY = "vacancy";
    public static final String CANDIDATE = "candidate";
    public static final String DOCUMENT = "document";
    public static final String APPLICATION = "application";
    public static final String STAGE_TEMPLATE = "stage-template";
    public static final String REJECTION_REASON = "rejection-reason";
    public static final String INTERVIEW = "interview";
    public static final String SCORECARD = "scorecard";
    public static final String REFERENCE_CHECK = "reference-check";
    public static final String REFEREE = "referee";
    public static final String RETENTION = "retention-policy";
    public static final String MESSAGE_TEMPLATE = "message-template";

    private final Clock clock;
    private final CurrentUser currentUser;

    public AuditLog(Clock clock, CurrentUser currentUser) {
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Records an action of the current user. {@code detail} holds codes and ids only. */
    @Transactional(TxType.REQUIRED)
    public void record(AuditAction action, String entityType, Long entityId, String detail) {
        write(currentUser.isLoggedIn() ? currentUser.getId() : null, action, entityType, entityId, detail);
    }

    public void record(AuditAction action, String entityType, Long entityId) {
        record(action, entityType, entityId, null);
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AuditRow> search(AuditQuery query) {
        return AuditEvent.search(query);
    }

    /**
     * Records an action whose actor is known without a logged-in request, such as a login itself
     * ({@code actorId} is null when nobody is known, e.g. a failed login).
     */
    @Transactional(TxType.REQUIRED)
    public void recordAs(Long actorId, AuditAction action, String entityType, Long entityId, String detail) {
        write(actorId, action, entityType, entityId, detail);
    }

    private void write(Long actorId, AuditAction action, String entityType, Long entityId, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.actorId = actorId;
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.detail = detail;
        event.persist();
    }
}
