package nl.werving.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;

/**
 * An interview on an application. The calendar uid never changes and the sequence rises with every change, so
 * the invitations update (or cancel) one event in everyone's calendar. Place and time are not personal data.
 */
@Entity
public class Interview extends PanacheEntity {

    /**
     * When an interview of alias {@code i} ends, for queries: start plus duration, reckoned by the database so a section
     * can page and count on it.
     */
    public static final String ENDS_AT = "(i.startsAt + (i.durationMinutes) minute)";

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    public Instant startsAt;
    public int durationMinutes;
    public String location;
    public String videoUrl;

    @Enumerated(EnumType.STRING)
    public InterviewStatus status;

    /** {@code null} for interviews planned before interviews had a kind. */
    @Enumerated(EnumType.STRING)
    public InterviewKind kind;

    /** The kit questions this interview asks, in kit order; none for interviews planned before, which use the whole kit. */
    @ElementCollection
    @CollectionTable(name = "planned_question", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "question_id")
    public List<Long> questionIds = new ArrayList<>();

    public String calendarUid;
    public int calendarSequence;
    public Long createdBy;
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "interview_interviewer", joinColumns = @JoinColumn(name = "interview_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<AppUser> interviewers = new LinkedHashSet<>();

    @Version
    public long version;

    /** An application's interviews with their interviewers, soonest first. */
    public static List<Interview> forApplication(long applicationId) {
        return find("select i from Interview i left join fetch i.interviewers where i.application.id = ?1 order by i.startsAt",
                applicationId).list();
    }

    /** The interview with what its pages show: application, vacancy, candidate, interviewers. */
    public static Optional<Interview> withApplication(long interviewId) {
        return find("""
                select i from Interview i join fetch i.application a join fetch a.vacancy left join fetch a.candidate
                    left join fetch i.interviewers where i.id = ?1""", interviewId).singleResultOptional();
    }

    /** These interviews with their application and vacancy, as a reminder names them. */
    static List<Interview> withVacancy(Collection<Long> ids) {
        return find("select i from Interview i join fetch i.application a join fetch a.vacancy where i.id in ?1", ids).list();
    }

    /**
     * The names of colleagues on the panel without an e-mail address, who get no invitation or update: the planner is
     * told. Names of staff, not of the candidate.
     */
    public List<String> interviewersWithoutEmail() {
        return interviewers.stream().filter(user -> !user.hasEmail()).map(user -> user.displayName).sorted().toList();
    }

    /** The interviews, of those given, with their chosen questions, in one query. */
    static Map<Long, List<Long>> questionIdsOf(Collection<Long> interviewIds) {
        Map<Long, List<Long>> chosen = new HashMap<>();
        if (!interviewIds.isEmpty()) {
            getEntityManager().createQuery("select i.id, q from Interview i join i.questionIds q where i.id in :ids", Object[].class)
                    .setParameter("ids", interviewIds).getResultList()
                    .forEach(row -> chosen.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]));
        }
        return chosen;
    }

    /** Some interview asks this question. */
    static boolean anyAsks(long questionId) {
        return getEntityManager().createQuery("select count(i) from Interview i join i.questionIds q where q = :question", Long.class)
                .setParameter("question", questionId).getSingleResult() > 0;
    }

    /** Some interview asks one of this competency's questions, retired ones included. */
    static boolean anyAsksAbout(long competencyId) {
        return getEntityManager().createQuery("""
                select count(i) from Interview i join i.questionIds q
                where q in (select x.id from InterviewQuestion x where x.competency.id = :competency)""", Long.class)
                .setParameter("competency", competencyId).getSingleResult() > 0;
    }

    public boolean hasInterviewer(Long userId) {
        return interviewers.stream().anyMatch(user -> user.id.equals(userId));
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    /** The user sits on the panel of an interview of the application that was not called off. */
    public static boolean hasScheduledInterviewer(long applicationId, Long userId) {
        return count("select count(i) from Interview i join i.interviewers u where i.application.id = ?1 and u.id = ?2 and i.status = ?3",
                applicationId, userId, InterviewStatus.SCHEDULED) > 0;
    }

    /** An application's interviews still to come and not called off. */
    public static List<Interview> listUpcoming(long applicationId, Instant now) {
        return list("application.id = ?1 and status = ?2 and startsAt > ?3", applicationId, InterviewStatus.SCHEDULED, now);
    }

    /** Of the applications in scope, the ones where the user sits on a panel not called off without a submitted scorecard. */
    static Set<Long> applicationsOwingScorecard(ApplicationScope scope, Long userId) {
        return Set.copyOf(getEntityManager().createQuery("""
                select i.application.id from Interview i join i.interviewers u
                where %s and u.id = :me and i.status = :scheduled and not exists (
                    select 1 from Scorecard s where s.interview = i and s.interviewer.id = :me and s.status = :submitted)"""
                .formatted(scope.on("i.application")), Long.class).setParameter("scope", scope.value()).setParameter("me", userId)
                .setParameter("scheduled", InterviewStatus.SCHEDULED).setParameter("submitted", ScorecardStatus.SUBMITTED).getResultList());
    }

    /** The interviews of the candidate's applications with their vacancy, in time order. */
    static List<Interview> listForCandidate(long candidateId) {
        return find("""
                select i from Interview i join fetch i.application a join fetch a.vacancy
                where a.candidate.id = ?1 order by i.startsAt""", candidateId).list();
    }
}
