package nl.werving.interview;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.pipeline.FactScope;
import nl.werving.web.Filters;

/**
 * The calibration facts (table {@code calibration_fact}, V47): per application, each interviewer's judgement of each
 * competency, compared with the colleagues who rated it on the same application. An application's facts are written
 * again whenever one of its scorecards is submitted or amended, so the calibration page adds up one narrow table in one
 * statement instead of pairing every rating of the period with its colleagues' on each request. No candidate is in
 * them: they stay after the purge.
 */
@ApplicationScoped
public class CalibrationFacts {

    /**
     * Judgements (the mean where one interviewer rated an application twice) compared within their unit, an application
     * and competency of m judgements; all of an application's facts are dated by its last submission. V47 fills the
     * table with the same statement.
     */
    private static final String WRITE = """
            insert into calibration_fact (application_id, interviewer_id, competency, vacancy_id, rated_at, rated_quarter, rating,
                colleagues, difference, disagreement, share_of_application, share_of_interview)
            select application_id, interviewer_id, competency, vacancy_id, rated_at,
                cast(extract(year from rated_at at time zone 'Europe/Amsterdam') as integer) * 10
                    + cast(extract(quarter from rated_at at time zone 'Europe/Amsterdam') as integer),
                rating, m - 1,
                case when m > 1 then rating - (sx - rating) / (m - 1) end,
                case when m > 1 then 2 * (m * sxx - sx * sx) / ((m - 1) * m) end,
                case when m > 1 then 1.0 / sum(case when m > 1 then 1 else 0 end) over (partition by application_id) end,
                case when m > 1 then 1.0 / sum(case when m > 1 then 1 else 0 end) over (partition by application_id, interviewer_id) end
            from (
                select j.*, max(j.submitted_at) over (partition by j.application_id) as rated_at,
                    count(*) over (partition by j.application_id, j.competency) as m,
                    sum(j.rating) over (partition by j.application_id, j.competency) as sx,
                    sum(j.rating * j.rating) over (partition by j.application_id, j.competency) as sxx
                from (
                    select s.application_id, s.interviewer_id, c.name_nl as competency, a.vacancy_id,
                        avg(cast(r.rating as double precision)) as rating, max(s.submitted_at) as submitted_at
                    from scorecard_rating r
                    join scorecard s on s.id = r.scorecard_id
                    join competency c on c.id = r.competency_id
                    join application a on a.id = s.application_id
                    where r.question_id is null and s.status = 'SUBMITTED' and s.application_id = :application
                    group by s.application_id, s.interviewer_id, c.name_nl, a.vacancy_id
                ) j
            ) u""";

    /**
     * The facts of one scope added up per interviewer, competency and quarter (a row for every competency rated, compared
     * or not: the page's columns): every sum calibration needs adds up further in Java, so the rows grow with
     * interviewers and quarters, never with candidates.
     *
     * @param compared judgements with at least one colleague
     * @param difference their differences from the colleagues, summed
     * @param interviews (interviewer, application) pairs compared
     * @param weightedDifference each pair's mean difference over its competencies, summed
     * @param rating alpha's sums over the compared judgements: their ratings, squares ({@code ratingSquared}) and parts
     *        of the observed disagreement ({@code disagreement})
     * @param units applications compared on this competency
     * @param applications applications compared at all
     */
    record Sums(long interviewerId, String competency, int quarter, long compared, double difference,
            double interviews, double weightedDifference, double rating, double ratingSquared, double disagreement, double units,
            double applications) {
    }

    /** An interviewer's submitted advice on applications that ended in a hire or a rejection, and how much of it matched. */
    record AdviceCount(long interviewerId, int matched, int ended) {
    }

    private final EntityManager entityManager;

    public CalibrationFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Writes the application's facts again from its submitted scorecards. The application's row is locked first, so two
     * interviewers submitting at once write in turn and the second compares with the first.
     */
    @Transactional(TxType.MANDATORY)
    public void refresh(long applicationId) {
        entityManager.createNativeQuery("select id from application where id = :application for update")
                .setParameter("application", applicationId).getResultList();
        entityManager.flush();
        entityManager.createNativeQuery("delete from calibration_fact where application_id = :application")
                .setParameter("application", applicationId).executeUpdate();
        entityManager.createNativeQuery(WRITE).setParameter("application", applicationId).executeUpdate();
    }

    /**
     * The sums of the facts in scope, in one statement. With an interviewer, only the applications they rated, with
     * everyone's judgements on them: theirs are measured against the colleagues'.
     */
    List<Sums> sums(FactScope scope, Long onlyInterviewerId) {
        Filters filters = scope.where("f.rated_at").optional(
                "f.application_id in (select own.application_id from calibration_fact own where own.interviewer_id = :interviewer)",
                "interviewer", onlyInterviewerId);
        return rows(filters, """
                select f.interviewer_id, f.competency, f.rated_quarter, sum(case when f.colleagues > 0 then 1 else 0 end),
                    sum(f.difference), sum(f.share_of_interview), sum(f.difference * f.share_of_interview),
                    sum(case when f.colleagues > 0 then f.rating end), sum(case when f.colleagues > 0 then f.rating * f.rating end),
                    sum(f.disagreement), sum(case when f.colleagues > 0 then 1.0 / (f.colleagues + 1) end), sum(f.share_of_application)
                from calibration_fact f join vacancy v on v.id = f.vacancy_id
                %s
                group by f.interviewer_id, f.competency, f.rated_quarter""".formatted(filters.where())).stream()
                .map(row -> new Sums(whole(row[0]), (String) row[1], (int) whole(row[2]), whole(row[3]), number(row[4]),
                        number(row[5]), number(row[6]), number(row[7]), number(row[8]), number(row[9]), number(row[10]),
                        number(row[11])))
                .toList();
    }

    /**
     * Per interviewer: of their submitted scorecards in scope on procedures that ended in a hire or a rejection, how many
     * advised that way. Withdrawn and running procedures have no outcome to match.
     */
    List<AdviceCount> advice(FactScope scope, Long onlyInterviewerId) {
        Filters filters = scope.where("s.submitted_at")
                .require("s.status = :submitted", "submitted", ScorecardStatus.SUBMITTED.name())
                .always("a.status in ('HIRED', 'REJECTED')")
                .always("s.recommendation is not null")
                .optional("s.interviewer_id = :interviewer", "interviewer", onlyInterviewerId);
        return rows(filters, """
                select s.interviewer_id,
                    sum(case when (s.recommendation in ('YES', 'STRONG_YES')) = (a.status = 'HIRED') then 1 else 0 end), count(*)
                from scorecard s join application a on a.id = s.application_id join vacancy v on v.id = a.vacancy_id
                %s
                group by s.interviewer_id""".formatted(filters.where())).stream()
                .map(row -> new AdviceCount(whole(row[0]), (int) whole(row[1]), (int) whole(row[2]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Filters filters, String sql) {
        return filters.bind(entityManager.createNativeQuery(sql)).getResultList();
    }

    private static long whole(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
