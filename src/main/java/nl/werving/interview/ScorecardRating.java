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
     * The calibration's sums over the submitted competency ratings (not the per-question ones) of the applications in
     * scope, submitted in its period: four statements however many ratings, each adding up in the database. A rating is
     * a judgement of one interviewer on one application and competency (two interviews by the same person count as
     * their mean, dated by the later); a unit is an application and competency with its judgements. Competencies are
     * copied per vacancy, so they travel by Dutch name. With an interviewer, only the applications that interviewer
     * rated, with everyone's judgements on them, and shifts of that interviewer only.
     */
    static CalibrationSums calibrationSums(FactScope scope, Long onlyInterviewerId) {
        Filters ratings = scorecards(scope, onlyInterviewerId).always("r.question_id is null");
        String units = """
                with j as (
                    select s.application_id as app, s.interviewer_id as rater, c.name_nl as comp,
                        avg(cast(r.rating as double precision)) as x, max(s.submitted_at) as t
                    from scorecard_rating r join scorecard s on s.id = r.scorecard_id join competency c on c.id = r.competency_id
                        join application a on a.id = s.application_id join vacancy v on v.id = a.vacancy_id
                    %s
                    group by s.application_id, s.interviewer_id, c.name_nl
                ), u as (
                    select app, comp, count(*) as m, sum(x) as sx, sum(x * x) as sxx from j group by app, comp
                )
                """.formatted(ratings.where());
        String shown = onlyInterviewerId == null ? "" : " and j.rater = :interviewer";
        String difference = "j.x - (u.sx - j.x) / (u.m - 1)";

        List<CalibrationSums.CompetencyShift> shifts = rows(ratings, units + """
                select j.rater, j.comp, avg(%s), count(*) from j join u on u.app = j.app and u.comp = j.comp
                where u.m > 1%s group by j.rater, j.comp""".formatted(difference, shown)).stream()
                .map(row -> new CalibrationSums.CompetencyShift(id(row[0]), (String) row[1], number(row[2]), (int) id(row[3]))).toList();
        List<CalibrationSums.ApplicationShift> applications = rows(ratings, units + """
                select j.rater, avg(%s), max(j.t) from j join u on u.app = j.app and u.comp = j.comp
                where u.m > 1%s group by j.rater, j.app""".formatted(difference, shown)).stream()
                .map(row -> new CalibrationSums.ApplicationShift(id(row[0]), number(row[1]), instant(row[2]))).toList();
        String pairable = "sum(case when u.m > 1 then u.m else 0 end), sum(case when u.m > 1 then u.sx else 0 end), "
                + "sum(case when u.m > 1 then u.sxx else 0 end), sum(case when u.m > 1 then 2 * (u.m * u.sxx - u.sx * u.sx) / (u.m - 1) else 0 end)";
        List<CalibrationSums.Agreement> agreement = rows(ratings, units + """
                select u.comp, sum(case when u.m > 1 then 1 else 0 end), %s from u group by u.comp
                union all
                select null, count(distinct case when u.m > 1 then u.app end), %s from u""".formatted(pairable, pairable)).stream()
                .map(row -> new CalibrationSums.Agreement((String) row[0], (int) id(row[1]),
                        new KrippendorffAlpha.Sums(id(row[2]), number(row[3]), number(row[4]), number(row[5]))))
                .toList();

        Filters scorecards = scorecards(scope, onlyInterviewerId)
                .always("exists (select 1 from scorecard_rating r where r.scorecard_id = s.id and r.question_id is null)");
        List<CalibrationSums.AdviceCount> advice = rows(scorecards, """
                select s.interviewer_id,
                    sum(case when (s.recommendation in ('YES', 'STRONG_YES') and a.status = 'HIRED')
                        or (s.recommendation in ('NO', 'STRONG_NO') and a.status = 'REJECTED') then 1 else 0 end),
                    sum(case when s.recommendation is not null and a.status in ('HIRED', 'REJECTED') then 1 else 0 end)
                from scorecard s join application a on a.id = s.application_id join vacancy v on v.id = a.vacancy_id
                %s
                group by s.interviewer_id""".formatted(scorecards.where())).stream()
                .map(row -> new CalibrationSums.AdviceCount(id(row[0]), (int) id(row[1]), (int) id(row[2]))).toList();
        return new CalibrationSums(shifts, applications, agreement, advice);
    }

    /** Submitted scorecards in scope, with an interviewer only on the applications they rated. */
    private static Filters scorecards(FactScope scope, Long onlyInterviewerId) {
        Filters filters = scope.where("s.submitted_at")
                .require("s.status = :submitted", "submitted", ScorecardStatus.SUBMITTED.name())
                .optional("""
                        exists (select 1 from scorecard own where own.application_id = s.application_id
                            and own.interviewer_id = :interviewer and own.status = :submitted)""", "interviewer", onlyInterviewerId);
        return filters;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Filters filters, String sql) {
        return filters.bind(getEntityManager().createNativeQuery(sql)).getResultList();
    }

    private static long id(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
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
