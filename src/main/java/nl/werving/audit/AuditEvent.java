package nl.werving.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.TypedQuery;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.web.Filters;
import nl.werving.web.Page;

/**
 * One line of the audit log: who (a back-office user id, or nobody for the system), did what, to which
 * entity, when. Append-only, and by design without personal data: ids and codes, no names or addresses.
 */
@Entity
@Immutable
public class AuditEvent extends PanacheEntity {

    public static final int PAGE_SIZE = 50;

    public Instant occurredAt;

    public Long actorId;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    public String entityType;

    public Long entityId;

    /** Codes and ids only, e.g. {@code stage 12 -> 14}. */
    public String detail;

    /** A page of the log, newest first, as rows with the actor's display name. */
    public static Page<AuditRow> search(AuditQuery query) {
        Filters filters = new Filters()
                .optional("e.action = :action", "action", query.action())
                .optional("e.actorId = :actor", "actor", query.actorId())
                .optional("e.entityType = :type", "type", query.entityType())
                .optional("e.entityId = :entity", "entity", query.entityId());
        TypedQuery<AuditRow> rows = filters.bind(getEntityManager().createQuery("""
                select new nl.werving.audit.AuditRow(e.id, e.occurredAt, e.actorId, u.displayName, e.action, e.entityType, e.entityId, e.detail)
                from AuditEvent e left join AppUser u on u.id = e.actorId""" + filters.where() + " order by e.occurredAt desc, e.id desc",
                AuditRow.class));
        TypedQuery<Long> count = filters.bind(getEntityManager().createQuery("select count(e) from AuditEvent e" + filters.where(),
                Long.class));
        return Page.of(rows, count, query.page(), PAGE_SIZE);
    }

    public static List<AuditEvent> forEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt, id", entityType, entityId);
    }
}
