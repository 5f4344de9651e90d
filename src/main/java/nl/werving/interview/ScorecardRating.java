package nl.werving.interview;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.FactScope;
import nl.werving.web.Filters;

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

    /**
     * The submitted competency ratings (not the per-question ones) of the applications in scope, submitted in its
     * period, in one statement however many. Competencies are copied per vacancy, so they travel by Dutch name. With an
     * interviewer, only the applications that interviewer rated, with everyone's ratings on them: theirs are measured
     * against the colleagues'.
     */
    static List<CalibrationFact> listCalibrationFacts(FactScope scope, Long onlyInterviewerId) {
        Filters filters = scope.where("s.submitted_at")
                .always("r.question_id is null")
                .require("s.status = :submitted", "submitted", ScorecardStatus.SUBMITTED.name())
                .optional("""
                        exists (select 1 from scorecard own where own.application_id = s.application_id
                            and own.interviewer_id = :interviewer and own.status = :submitted)""", "interviewer", onlyInterviewerId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filters.bind(getEntityManager().createNativeQuery("""
                select s.id, s.application_id, s.interviewer_id, c.name_nl, r.rating, s.submitted_at, s.recommendation, a.status
                from scorecard_rating r
                join scorecard s on s.id = r.scorecard_id
                join competency c on c.id = r.competency_id
                join application a on a.id = s.application_id
                join vacancy v on v.id = a.vacancy_id""" + filters.where())).getResultList();
        return rows.stream().map(row -> new CalibrationFact(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), (String) row[3], ((Number) row[4]).intValue(), instant(row[5]),
                row[6] == null ? null : Recommendation.valueOf((String) row[6]), ApplicationStatus.valueOf((String) row[7]))).toList();
    }

    /** Native SQL hands a timestamp with time zone over as the driver likes it: H2 and PostgreSQL differ. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
