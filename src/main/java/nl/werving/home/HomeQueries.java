package nl.werving.home;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import nl.werving.candidate.Candidate;
import nl.werving.home.HomeRows.FailedMail;
import nl.werving.home.HomeRows.InterviewRow;
import nl.werving.home.HomeRows.ReferenceWaiting;
import nl.werving.home.HomeRows.RequestDue;
import nl.werving.home.HomeRows.ScorecardLateRow;
import nl.werving.home.HomeRows.ScorecardOwed;
import nl.werving.home.HomeRows.WaitingRow;
import nl.werving.interview.Interview;
import nl.werving.interview.InterviewStatus;
import nl.werving.interview.ScorecardStatus;
import nl.werving.mail.MailStatus;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.reference.RefereeStatus;
import nl.werving.reference.ReferenceCheckStatus;
import nl.werving.web.Filters;

/**
 * The home page's questions to the database: per section one query for the first rows and one for the count, whatever
 * the number of rows. A hiring manager's are limited to their own vacancies.
 */
@ApplicationScoped
public class HomeQueries {

    /** A section's first rows and how many there are in all. */
    public record Found<T>(List<T> rows, long count) {
    }

    private final EntityManager em;
    private final Outbox outbox;

    public HomeQueries(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** The time limits set on some stage, besides the default. */
    public Set<Integer> stageLimitsInUse() {
        return new HashSet<>(em.createQuery("select distinct s.timeLimitDays from Stage s where s.timeLimitDays is not null",
                Integer.class).getResultList());
    }

    /**
     * Running applications that entered their stage before that stage's cut-off: {@code cutoffs} gives per time limit the
     * first instant that is not late yet; a stage without a limit of its own takes {@code defaultLimit}.
     */
    public Found<WaitingRow> waiting(Long managerId, int defaultLimit, Map<Integer, Instant> cutoffs, int max) {
        // One comparison per limit, each with its own cut-off, so every parameter is compared with a timestamp (PostgreSQL
        // cannot type a parameter inside a CASE).
        StringBuilder late = new StringBuilder("(");
        Filters filters = new Filters()
                .always("a.candidate.id is not null")
                .require("a.status = :active", "active", ApplicationStatus.ACTIVE)
                .optional("a.vacancy.hiringManager.id = :manager", "manager", managerId);
        int i = 0;
        for (Map.Entry<Integer, Instant> cutoff : cutoffs.entrySet()) {
            // Limits are numbers from the database, written into the query; the instants are parameters.
            late.append(i == 0 ? "" : " or ").append("(coalesce(s.timeLimitDays, ").append(defaultLimit).append(") = ")
                    .append(cutoff.getKey().intValue()).append(" and a.stageEnteredAt < :cut").append(i).append(")");
            i++;
        }
        filters.always(late.append(")").toString());
        String where = filters.where();
        TypedQuery<WaitingRow> rows = filters.bind(em.createQuery("""
                select new nl.werving.home.HomeRows$WaitingRow(a.id, c, v.id, v.title, s.name, a.stageEnteredAt,
                    s.timeLimitDays)
                from Application a join a.candidate c join a.vacancy v join a.stage s""" + where
                + " order by a.stageEnteredAt, a.id", WaitingRow.class));
        TypedQuery<Long> count = filters.bind(em.createQuery("select count(a) from Application a join a.stage s" + where, Long.class));
        i = 0;
        for (Instant cutoff : cutoffs.values()) {
            rows.setParameter("cut" + i, cutoff);
            count.setParameter("cut" + i, cutoff);
            i++;
        }
        return new Found<>(opened(rows.setMaxResults(max).getResultList()), count.getSingleResult());
    }

    /** Interviews of the user that have begun, not called off, without their submitted scorecard; oldest first. */
    public Found<ScorecardOwed> scorecardsOwed(long userId, Instant now, int max) {
        String where = " where u.id = :me and i.status = :scheduled and i.startsAt < :now and not exists ("
                + "select 1 from Scorecard sc where sc.interview = i and sc.interviewer.id = :me and sc.status = :submitted)";
        String from = " from Interview i join i.interviewers u join i.application a join a.vacancy v join a.candidate c";
        TypedQuery<ScorecardOwed> rows = em.createQuery("select new nl.werving.home.HomeRows$ScorecardOwed(i.id, a.id, c, "
                + "v.title, i.startsAt)" + from + where + " order by i.startsAt, i.id", ScorecardOwed.class);
        TypedQuery<Long> count = em.createQuery("select count(i)" + from + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("me", userId).setParameter("scheduled", InterviewStatus.SCHEDULED).setParameter("now", now)
                    .setParameter("submitted", ScorecardStatus.SUBMITTED);
        }
        return new Found<>(opened(rows.setMaxResults(max).getResultList()), count.getSingleResult());
    }

    /**
     * Colleagues on the panel of an interview not called off that ended before {@code now}, without their submitted
     * scorecard; the longest overdue first. Only while the candidate is there to assess.
     */
    public Found<ScorecardLateRow> scorecardsLate(Instant now, int max) {
        String from = " from Interview i join i.interviewers u join i.application a join a.vacancy v join a.candidate c";
        String where = " where i.status = :scheduled and " + Interview.ENDS_AT + " <= :now and not exists ("
                + "select 1 from Scorecard sc where sc.interview = i and sc.interviewer = u and sc.status = :submitted)";
        TypedQuery<ScorecardLateRow> rows = em.createQuery("""
                select new nl.werving.home.HomeRows$ScorecardLateRow(i.id, a.id, c, v.id, v.title, u.displayName, i.startsAt,
                    i.durationMinutes)""" + from + where + " order by i.startsAt, i.id, u.displayName, u.id", ScorecardLateRow.class);
        TypedQuery<Long> count = em.createQuery("select count(u)" + from + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("scheduled", InterviewStatus.SCHEDULED).setParameter("now", now)
                    .setParameter("submitted", ScorecardStatus.SUBMITTED);
        }
        return new Found<>(opened(rows.setMaxResults(max).getResultList()), count.getSingleResult());
    }

    /**
     * Interviews not called off between {@code from} and {@code to}, soonest first: all of them, or with {@code panelOf}
     * only those with that user on the panel.
     */
    public Found<InterviewRow> interviews(Long panelOf, Instant from, Instant to, int max) {
        Filters filters = new Filters()
                .require("i.status = :scheduled", "scheduled", InterviewStatus.SCHEDULED)
                .require("i.startsAt >= :from", "from", from)
                .require("i.startsAt < :to", "to", to)
                .optional("exists (select 1 from Interview p join p.interviewers u where p = i and u.id = :me)", "me", panelOf);
        String from2 = " from Interview i join i.application a join a.vacancy v join a.candidate c";
        TypedQuery<InterviewRow> rows = filters.bind(em.createQuery("""
                select new nl.werving.home.HomeRows$InterviewRow(i.id, a.id, c, v.title, i.startsAt, i.durationMinutes)"""
                + from2 + filters.where() + " order by i.startsAt, i.id", InterviewRow.class));
        TypedQuery<Long> count = filters.bind(em.createQuery("select count(i)" + from2 + filters.where(), Long.class));
        return new Found<>(opened(rows.setMaxResults(max).getResultList()), count.getSingleResult());
    }

    /** Of these interviews, the ones with the user on the panel. */
    public Set<Long> onPanel(long userId, Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select i.id from Interview i join i.interviewers u where u.id = :me and i.id in :ids",
                Long.class).setParameter("me", userId).setParameter("ids", interviewIds).getResultList());
    }

    /** Reference checks the candidate has not answered, or whose referees are still to be asked or to answer; oldest first. */
    public Found<ReferenceWaiting> referencesWaiting(Long managerId, int max) {
        Filters filters = new Filters()
                .always("(rc.status = :requested or (rc.status = :named and exists (select 1 from Referee r where r.check = rc "
                        + "and r.status in :open)))")
                .optional("v.hiringManager.id = :manager", "manager", managerId);
        String from = " from ReferenceCheck rc join rc.application a join a.vacancy v join rc.candidate c";
        TypedQuery<ReferenceWaiting> rows = filters.bind(em.createQuery("""
                select new nl.werving.home.HomeRows$ReferenceWaiting(rc.id, a.id, c, v.title, rc.status,
                    rc.requestedAt)""" + from + filters.where() + " order by rc.requestedAt, rc.id", ReferenceWaiting.class));
        TypedQuery<Long> count = filters.bind(em.createQuery("select count(rc)" + from + filters.where(), Long.class));
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("requested", ReferenceCheckStatus.REQUESTED).setParameter("named", ReferenceCheckStatus.NAMED)
                    .setParameter("open", List.of(RefereeStatus.NAMED, RefereeStatus.INVITED));
        }
        return new Found<>(opened(rows.setMaxResults(max).getResultList()), count.getSingleResult());
    }

    /** Open requests for a copy or erasure, nearest deadline first. */
    public Found<RequestDue> requestsDue(int max) {
        String where = " where r.completedAt is null";
        List<RequestDue> rows = opened(em.createQuery("""
                select new nl.werving.home.HomeRows$RequestDue(r.id, c, r.kind, r.dueOn)
                from DataRequest r left join r.candidate c""" + where + " order by r.dueOn, r.id", RequestDue.class)
                .setMaxResults(max).getResultList());
        return new Found<>(rows, em.createQuery("select count(r) from DataRequest r" + where, Long.class).getSingleResult());
    }

    /** Mails the outbox gave up on, newest first; their subjects are sealed, so the outbox opens them. */
    public Found<FailedMail> failedMails(int max) {
        List<Object[]> found = em.createQuery("""
                select m.id, m.createdAt, m.attempts
                from OutboxMail m where m.status = :failed order by m.createdAt desc, m.id desc""", Object[].class)
                .setParameter("failed", MailStatus.FAILED).setMaxResults(max).getResultList();
        Map<Long, String> subjects = outbox.subjects(found.stream().map(m -> (Long) m[0]).toList());
        List<FailedMail> rows = found.stream()
                .map(m -> new FailedMail((Long) m[0], subjects.get((Long) m[0]), (Instant) m[1], (Integer) m[2])).toList();
        return new Found<>(rows, em.createQuery("select count(m) from OutboxMail m where m.status = :failed", Long.class)
                .setParameter("failed", MailStatus.FAILED).getSingleResult());
    }

    /** The rows with their candidates' names opened, with one key query. */
    private static <T extends HomeRows.AboutCandidate> List<T> opened(List<T> rows) {
        Candidate.openAll(rows.stream().map(HomeRows.AboutCandidate::candidate).filter(Objects::nonNull).toList());
        return rows;
    }
}
