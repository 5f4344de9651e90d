package nl.werving.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.TypedQuery;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
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
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", query.action());
        }
        if (query.actorId() != null) {
            conditions.add("e.actorId = :actor");
            params.put("actor", query.actorId());
        }
        if (query.entityType() != null && !query.entityType().isBlank()) {
            conditions.add("e.entityType = :type");
            params.put("type", query.entityType());
        }
        if (query.entityId() != null) {
            conditions.add("e.entityId = :entity");
            params.put("entity", query.entityId());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditRow> rows = getEntityManager().createQuery("""
                select new nl.werving.audit.AuditRow(e.id, e.occurredAt, e.actorId, u.displayName, e.action, e.entityType, e.entityId, e.detail)
                from AuditEvent e left join AppUser u on u.id = e.actorId""" + where + " order by e.occurredAt desc, e.id desc",
                AuditRow.class);
        TypedQuery<Long> count = getEntityManager().createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        int pageIndex = Math.max(query.page(), 1) - 1;
        return new Page<>(rows.setFirstResult(pageIndex * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList(),
                pageIndex + 1, PAGE_SIZE, count.getSingleResult());
    }

    public static List<AuditEvent> forEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt, id", entityType, entityId);
    }
}
