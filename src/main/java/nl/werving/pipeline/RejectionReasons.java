package nl.werving.pipeline;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.panache.common.Sort;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;

/**
 * The list recruiters pick a reason from when rejecting. Reasons are never deleted, only retired:
 * past rejections keep pointing at them for the rejection-reasons report.
 */
@ApplicationScoped
public class RejectionReasons {

    private final AuditLog audit;

    public RejectionReasons(AuditLog audit) {
        this.audit = audit;
    }

    /** A reason with how often it was given, so an admin sees what retiring or rewording it touches. */
    public record ReasonRow(RejectionReason reason, long uses) {
    }

    private static List<RejectionReason> all() {
        return RejectionReason.listAll(Sort.by("sortOrder").and("id"));
    }

    public List<ReasonRow> overview() {
        Map<Long, Long> uses = Application.countByRejectionReason();
        return all().stream().map(reason -> new ReasonRow(reason, uses.getOrDefault(reason.id, 0L))).toList();
    }

    public RejectionReason get(long id) {
        return RejectionReason.<RejectionReason> findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    public int nextSortOrder() {
        return all().stream().mapToInt(reason -> reason.sortOrder).max().orElse(0) + 1;
    }

    @Transactional
    public RejectionReason create(RejectionReasonForm form) {
        RejectionReason reason = new RejectionReason();
        apply(reason, form);
        reason.persist();
        audit.record(AuditAction.REJECTION_REASON_CHANGED, AuditLog.REJECTION_REASON, reason.id);
        return reason;
    }

    @Transactional
    public RejectionReason update(long id, RejectionReasonForm form) {
        RejectionReason reason = get(id);
        ConcurrentEdits.requireVersion(reason.version, form.version);
        if (reason.active && !form.active && RejectionReason.countActive() == 1) {
            // Rejecting needs a reason; an empty list would block every rejection.
            throw new RuleViolation("last-active-reason", "At least one rejection reason stays active");
        }
        apply(reason, form);
        audit.record(AuditAction.REJECTION_REASON_CHANGED, AuditLog.REJECTION_REASON, reason.id);
        return reason;
    }

    private static void apply(RejectionReason reason, RejectionReasonForm form) {
        reason.label = form.label();
        reason.sortOrder = form.sortOrder;
        reason.active = form.active;
    }
}
