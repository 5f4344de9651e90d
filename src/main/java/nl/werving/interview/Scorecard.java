package nl.werving.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;

/**
 * One interviewer's judgement of one interview: ratings and a recommendation (anonymous facts, kept for reports).
 * The candidate's answers live in {@link ScorecardNote}. Once submitted it is locked; corrections are amendments.
 */
@Entity
public class Scorecard extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Interview interview;

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    public AppUser interviewer;

    @Enumerated(EnumType.STRING)
    public ScorecardStatus status;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    public Instant createdAt;
    public Instant submittedAt;

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<ScorecardRating> ratings = new ArrayList<>();

    @Version
    public long version;

    public static Optional<Scorecard> of(long interviewId, long interviewerId) {
        return find("interview.id = ?1 and interviewer.id = ?2", interviewId, interviewerId).firstResultOptional();
    }

    /** An application's scorecards with interviewer and ratings, in two queries whatever their number. */
    public static List<Scorecard> forApplication(long applicationId) {
        List<Scorecard> scorecards = find("select s from Scorecard s join fetch s.interviewer join fetch s.interview "
                + "where s.application.id = ?1 order by s.interview.startsAt, s.interviewer.displayName", applicationId).list();
        return withRatings(scorecards);
    }

    public boolean isSubmitted() {
        return status == ScorecardStatus.SUBMITTED;
    }

    /** The rating of a competency as a whole, or {@code null}. */
    public Integer competencyRating(long competencyId) {
        return rating(competencyId, null);
    }

    public Integer rating(long competencyId, Long questionId) {
        return ratings.stream()
                .filter(r -> r.competencyId == competencyId && Objects.equals(r.questionId, questionId))
                .map(r -> r.rating).findFirst().orElse(null);
    }

    /** Sets, changes or (with {@code null}) removes a rating. */
    void rate(long competencyId, Long questionId, Integer rating) {
        Optional<ScorecardRating> existing = ratings.stream()
                .filter(r -> r.competencyId == competencyId && Objects.equals(r.questionId, questionId)).findFirst();
        if (rating == null) {
            existing.ifPresent(ratings::remove);
        } else if (existing.isPresent()) {
            existing.get().rating = rating;
        } else {
            ScorecardRating added = new ScorecardRating();
            added.scorecard = this;
            added.competencyId = competencyId;
            added.questionId = questionId;
            added.rating = rating;
            ratings.add(added);
        }
    }

    /** The interview has a scorecard, draft or submitted. */
    public static boolean anyFor(long interviewId) {
        return count("interview.id", interviewId) > 0;
    }

    /** One of these interviewers has a scorecard for the interview. */
    public static boolean anyBy(long interviewId, Collection<AppUser> interviewers) {
        return count("interview.id = ?1 and interviewer in ?2", interviewId, interviewers) > 0;
    }

    /** The user submitted a scorecard for the application. */
    public static boolean anySubmittedBy(long applicationId, Long interviewerId) {
        return count("application.id = ?1 and interviewer.id = ?2 and status = ?3", applicationId, interviewerId,
                ScorecardStatus.SUBMITTED) > 0;
    }

    /** Everyone who ever submitted a scorecard, former colleagues included: the interviewers a report can pick. */
    static List<AppUser> submitters() {
        return getEntityManager().createQuery("select u from AppUser u where u.id in (select s.interviewer.id from Scorecard s "
                + "where s.status = :submitted) order by u.displayName, u.id", AppUser.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).getResultList();
    }

    /** The scorecards on the candidate's applications with interviewer, interview, vacancy and ratings, in two queries. */
    static List<Scorecard> listForCandidate(long candidateId) {
        List<Scorecard> scorecards = find("""
                select s from Scorecard s join fetch s.interviewer join fetch s.interview i join fetch s.application a join fetch a.vacancy
                where a.candidate.id = ?1 order by i.startsAt, s.id""", candidateId).list();
        return withRatings(scorecards);
    }

    /** Fetches the ratings of all these scorecards in one query. */
    private static List<Scorecard> withRatings(List<Scorecard> scorecards) {
        if (!scorecards.isEmpty()) {
            getEntityManager().createQuery("select s from Scorecard s left join fetch s.ratings where s in :scorecards",
                    Scorecard.class).setParameter("scorecards", scorecards).getResultList();
        }
        return scorecards;
    }
}
