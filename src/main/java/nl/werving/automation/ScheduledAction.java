package nl.werving.automation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.pipeline.ApplicationStatus;

/**
 * An automation due for one application. It names the application only: who the candidate is stays in the candidate
 * aggregate, and the row goes when the application's candidate is purged or erased.
 */
@Entity
public class ScheduledAction extends PanacheEntity {

    public long applicationId;

    @ManyToOne(fetch = FetchType.LAZY)
    public StageAutomation automation;

    public long stageId;

    /** When the application entered the stage: a later re-entry plans its own actions, and this one no longer runs. */
    public Instant stageEnteredAt;

    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public ScheduledActionStatus status;

    public Instant createdAt;

    public Instant finishedAt;

    public Long cancelledBy;

    /** Ids of pending actions due by {@code now}, oldest first. */
    static List<Long> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery("""
                select s.id from ScheduledAction s where s.status = :pending and s.dueAt <= :now order by s.dueAt, s.id""", Long.class)
                .setParameter("pending", ScheduledActionStatus.PENDING).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Turns a pending action into a running one, in one conditional statement: of two instances that try at once only
     * one changes the row, so only that one runs it.
     */
    static boolean claim(long id) {
        return update("status = ?1 where id = ?2 and status = ?3", ScheduledActionStatus.RUNNING, id, ScheduledActionStatus.PENDING) == 1;
    }

    /** Pending actions of an application that no longer apply: it left their stage, or ended. */
    static int skipPendingOf(long applicationId, Long exceptStageId, Instant now) {
        return exceptStageId == null
                ? update("status = ?1, finishedAt = ?2 where applicationId = ?3 and status = ?4", ScheduledActionStatus.SKIPPED, now,
                        applicationId, ScheduledActionStatus.PENDING)
                : update("status = ?1, finishedAt = ?2 where applicationId = ?3 and status = ?4 and stageId <> ?5",
                        ScheduledActionStatus.SKIPPED, now, applicationId, ScheduledActionStatus.PENDING, exceptStageId);
    }

    /** Pending actions per application of a vacancy's running applications, in one query. */
    static Map<Long, Integer> countPendingOfVacancy(long vacancyId) {
        return counts(getEntityManager().createQuery("""
                select s.applicationId, count(s) from ScheduledAction s, Application a
                where a.id = s.applicationId and a.vacancy.id = :vacancy and a.status = :active and s.status = :pending
                group by s.applicationId""", Object[].class)
                .setParameter("vacancy", vacancyId).setParameter("active", ApplicationStatus.ACTIVE)
                .setParameter("pending", ScheduledActionStatus.PENDING).getResultList());
    }

    static Map<Long, Integer> countPending(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return counts(getEntityManager().createQuery("""
                select s.applicationId, count(s) from ScheduledAction s
                where s.applicationId in :ids and s.status = :pending group by s.applicationId""", Object[].class)
                .setParameter("ids", applicationIds).setParameter("pending", ScheduledActionStatus.PENDING).getResultList());
    }

    /**
     * The pending actions of a candidate's applications, soonest first, as the profile lists them; with a hiring manager's
     * id only those of the vacancies they manage, as the profile shows them no others.
     */
    static List<PendingAction> listPendingOfCandidate(long candidateId, Optional<Long> hiringManagerId) {
        TypedQuery<PendingAction> query = getEntityManager().createQuery("""
                select new nl.werving.automation.PendingAction(s.id, a.id, v.title, st.name, au.action, t.name.nl, s.dueAt)
                from ScheduledAction s join s.automation au left join au.messageTemplate t, Application a join a.vacancy v,
                    Stage st
                where a.id = s.applicationId and st.id = s.stageId and a.candidate.id = :candidate and s.status = :pending
                """ + (hiringManagerId.isPresent() ? "and v.hiringManager.id = :manager " : "") + "order by s.dueAt, s.id",
                PendingAction.class)
                .setParameter("candidate", candidateId).setParameter("pending", ScheduledActionStatus.PENDING);
        hiringManagerId.ifPresent(id -> query.setParameter("manager", id));
        return query.getResultList();
    }

    /** Every action planned for a candidate's applications, for their copy of their data. */
    static List<Object[]> listOfCandidate(long candidateId) {
        return getEntityManager().createQuery("""
                select au.action, s.dueAt, s.status, v.title from ScheduledAction s join s.automation au, Application a join a.vacancy v
                where a.id = s.applicationId and a.candidate.id = :candidate order by s.dueAt, s.id""", Object[].class)
                .setParameter("candidate", candidateId).getResultList();
    }

    /** Removes what was planned for these candidates' applications, before their link to the person is cut. */
    static long deleteOfCandidates(Collection<Long> candidateIds) {
        return getEntityManager().createQuery("""
                delete from ScheduledAction s where s.applicationId in
                    (select a.id from Application a where a.candidate.id in :candidates)""")
                .setParameter("candidates", candidateIds).executeUpdate();
    }

    private static Map<Long, Integer> counts(List<Object[]> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
        return counts;
    }
}
