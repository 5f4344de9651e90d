package nl.werving.interview;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A 1–5 rating of a competency ({@code questionId} null) or of the answer to one of its questions. */
@Entity
public class ScorecardRating extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Scorecard scorecard;

    public long competencyId;
    public Long questionId;
    public int rating;

    /** Some scorecard rated the answer to this question: its wording stays. */
    public static boolean anyForQuestion(long questionId) {
        return count("questionId", questionId) > 0;
    }

    /** The questions of an interview some scorecard rated or holds notes on. */
    static Set<Long> questionsAnswered(long interviewId) {
        Set<Long> answered = new HashSet<>(getEntityManager().createQuery("""
                select r.questionId from ScorecardRating r where r.questionId is not null and r.scorecard.interview.id = :interview""",
                Long.class).setParameter("interview", interviewId).getResultList());
        answered.addAll(getEntityManager().createQuery("""
                select n.questionId from ScorecardNote n where n.questionId is not null and n.scorecard.interview.id = :interview""",
                Long.class).setParameter("interview", interviewId).getResultList());
        return answered;
    }

    /** Some scorecard rated this competency or one of its questions: its meaning stays. */
    public static boolean anyForCompetency(long competencyId) {
        return count("competencyId", competencyId) > 0;
    }

    /** The submitted competency ratings of the applications in scope per application and competency, in one query. */
    static List<CompetencyScores> listSubmittedScores(ApplicationScope scope) {
        return getEntityManager().createQuery("""
                select new nl.werving.interview.CompetencyScores(s.application.id, r.competencyId, sum(r.rating), count(r),
                    max(r.rating) - min(r.rating))
                from ScorecardRating r join r.scorecard s
                where s.status = :submitted and r.questionId is null and %s
                group by s.application.id, r.competencyId""".formatted(scope.on("s.application")), CompetencyScores.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED).setParameter("scope", scope.value()).getResultList();
    }
}
