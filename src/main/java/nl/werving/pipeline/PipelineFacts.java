package nl.werving.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import nl.werving.web.Filters;
import nl.werving.web.LocalizedText;

/**
 * The pipeline's anonymous facts counted for reports: applications, their stage history, outcomes, sources and
 * reasons. Nothing here reads the candidate, so a report reads the same before and after the purge. Each report is
 * one SQL statement that counts in the database (percentiles included), so its cost does not depend on how many
 * rows it reads and no row leaves the database.
 */
@ApplicationScoped
public class PipelineFacts {

    private static final double SECONDS_PER_DAY = 86_400;

    /** How many applications reached (at least) each stage, stages of all vacancies in scope merged by position and name. */
    public record FunnelStep(int position, String stage, StagePhase phase, long reached) {
    }

    /** Days from applying to an outcome: how many, the median and the 90th percentile. */
    public record Durations(ApplicationStatus outcome, long count, double medianDays, double p90Days) {
    }

    /** Finished stays in a stage: how many, median and p90 in days, and how many took longer than the stage's limit. */
    public record StageTime(int position, String stage, long stays, double medianDays, double p90Days, Integer limitDays,
            long overLimit) {
    }

    /** Where applications came from and how far they got. */
    public record SourceYield(SourceChannel source, long applications, long interviewed, long hired) {
    }

    /** Why applications were rejected; a reason without a label is a rejection without one. */
    public record ReasonCount(LocalizedText reason, long count) {
    }

    /** Withdrawals by the stage the candidate was in, with the median days since applying. */
    public record WithdrawalCount(int position, String stage, long count, double medianDays) {
    }

    /** How applications that reached an offer ended. */
    public record OfferOutcome(ApplicationStatus outcome, long count) {
    }

    private static final String FROM_APPLICATIONS = " from application a join vacancy v on v.id = a.vacancy_id";

    /** Applications that applied in the period, by the furthest stage each reached (a skipped stage counts as passed). */
    public List<FunnelStep> funnel(FactScope scope) {
        Filters filters = scope.where("a.applied_at");
        // The furthest stage is kept on the application, so no history is replayed; without one (a row written before it
        // was kept) the current stage counts.
        String sql = """
                with reached as (
                    select a.vacancy_id, case when fs.sort_order > cs.sort_order then fs.sort_order else cs.sort_order end as top_order,
                        count(*) as applications
                    from application a join vacancy v on v.id = a.vacancy_id
                        join vacancy_stage cs on cs.id = a.stage_id
                        left join vacancy_stage fs on fs.id = a.furthest_stage_id
                    %s
                    group by a.vacancy_id, case when fs.sort_order > cs.sort_order then fs.sort_order else cs.sort_order end
                )
                select s.sort_order, s.name, s.phase, sum(r.applications)
                from reached r join vacancy_stage s on s.vacancy_id = r.vacancy_id and s.sort_order <= r.top_order
                group by s.sort_order, s.name, s.phase
                order by s.sort_order, s.name""".formatted(filters.where());
        return rows(filters, sql).stream()
                .map(row -> new FunnelStep(integer(row[0]), (String) row[1], StagePhase.valueOf((String) row[2]), count(row[3])))
                .toList();
    }

    /** Days from applying to hire, rejection and withdrawal, of the applications that ended in the period. */
    public List<Durations> timeToOutcome(FactScope scope) {
        Filters filters = scope.where("a.ended_at").always("a.status <> 'ACTIVE'");
        String days = seconds("a.ended_at", "a.applied_at");
        String sql = "select a.status, count(*), " + percentile(0.5, days) + ", " + percentile(0.9, days)
                + FROM_APPLICATIONS + filters.where() + " group by a.status";
        return rows(filters, sql).stream()
                .map(row -> new Durations(ApplicationStatus.valueOf((String) row[0]), count(row[1]), days(row[2]), days(row[3])))
                .sorted(Comparator.comparing(Durations::outcome).reversed())
                .toList();
    }

    /**
     * Stays that ended in the period, per stage: from entering (kept on the move out) to the move out. A stay is over the
     * stage's limit when it took more working days (Monday to Friday, Dutch time) than the limit allows.
     */
    public List<StageTime> timeInStage(FactScope scope) {
        // Counted per stage and whole hour of stay, the percentiles taken from that histogram here: two sorts of every
        // stay in the database (one per percentile) cost more than the whole rest of the report. Each move keeps its
        // stay's length (V48) and reaches the vacancy through the stage it left, so no application row is read.
        Filters filters = scope.where("m.moved_at").always("m.stay_hours is not null");
        String sql = """
                select s.sort_order, s.name, max(s.time_limit_days), m.stay_hours, count(*),
                    sum(case when s.time_limit_days is not null and m.stay_working_days > s.time_limit_days then 1 else 0 end)
                from stage_move m join vacancy_stage s on s.id = m.from_stage_id join vacancy v on v.id = s.vacancy_id
                %s
                group by s.sort_order, s.name, m.stay_hours
                order by s.sort_order, s.name, m.stay_hours""".formatted(filters.where());
        Map<List<Object>, List<Object[]>> byStage = rows(filters, sql).stream()
                .collect(Collectors.groupingBy(row -> List.of(integer(row[0]), (String) row[1]), LinkedHashMap::new, Collectors.toList()));
        List<StageTime> times = new ArrayList<>();
        byStage.forEach((stage, buckets) -> {
            long[][] histogram = buckets.stream().map(row -> new long[] { count(row[3]), count(row[4]) }).toArray(long[][]::new);
            times.add(new StageTime((Integer) stage.get(0), (String) stage.get(1), Arrays.stream(histogram).mapToLong(bucket -> bucket[1]).sum(),
                    percentile(histogram, 0.5) / 24, percentile(histogram, 0.9) / 24,
                    buckets.get(0)[2] == null ? null : integer(buckets.get(0)[2]), buckets.stream().mapToLong(row -> count(row[5])).sum()));
        });
        return times;
    }

    /**
     * A percentile as {@code percentile_cont} takes it, of values given as (value, how many) in ascending order: the value
     * at position fraction × (n − 1), interpolated between its neighbours.
     */
    static double percentile(long[][] histogram, double fraction) {
        long n = Arrays.stream(histogram).mapToLong(bucket -> bucket[1]).sum();
        double position = fraction * (n - 1);
        long below = (long) Math.floor(position);
        return valueAt(histogram, below) + (position - below) * (valueAt(histogram, Math.min(below + 1, n - 1)) - valueAt(histogram, below));
    }

    private static double valueAt(long[][] histogram, long index) {
        long seen = 0;
        for (long[] bucket : histogram) {
            seen += bucket[1];
            if (index < seen) {
                return bucket[0];
            }
        }
        throw new IllegalArgumentException("index " + index + " beyond " + seen);
    }

    /** Applications of the period per source: how many had an interview planned, how many were hired. */
    public List<SourceYield> sources(FactScope scope) {
        Filters filters = scope.where("a.applied_at");
        String sql = """
                select a.source, count(*),
                    sum(case when exists (select 1 from interview i where i.application_id = a.id) then 1 else 0 end),
                    sum(case when a.status = 'HIRED' then 1 else 0 end)
                """ + FROM_APPLICATIONS + filters.where()
                + " group by a.source order by count(*) desc, a.source";
        return rows(filters, sql).stream()
                .map(row -> new SourceYield(SourceChannel.valueOf((String) row[0]), count(row[1]), count(row[2]), count(row[3])))
                .toList();
    }

    /** Rejections of the period by reason, the most frequent first; knock-outs have a reason of their own. */
    public List<ReasonCount> rejectionReasons(FactScope scope) {
        Filters filters = scope.where("a.ended_at").always("a.status = 'REJECTED'");
        String sql = "select r.label_nl, r.label_en, r.label_fr, count(*)" + FROM_APPLICATIONS
                + " left join rejection_reason r on r.id = a.rejection_reason_id" + filters.where()
                + " group by r.id, r.label_nl, r.label_en, r.label_fr order by count(*) desc, r.label_nl";
        return rows(filters, sql).stream()
                .map(row -> new ReasonCount(row[0] == null ? null : new LocalizedText((String) row[0], (String) row[1], (String) row[2]),
                        count(row[3])))
                .toList();
    }

    /** Withdrawals of the period by the stage they happened in. */
    public List<WithdrawalCount> withdrawals(FactScope scope) {
        Filters filters = scope.where("a.ended_at").always("a.status = 'WITHDRAWN'");
        String sql = "select s.sort_order, s.name, count(*), " + percentile(0.5, seconds("a.ended_at", "a.applied_at"))
                + FROM_APPLICATIONS + " join vacancy_stage s on s.id = a.stage_id" + filters.where()
                + " group by s.sort_order, s.name order by s.sort_order, s.name";
        return rows(filters, sql).stream()
                .map(row -> new WithdrawalCount(integer(row[0]), (String) row[1], count(row[2]), days(row[3])))
                .toList();
    }

    /**
     * How the applications that ended in the period after reaching an offer stage ended: reached as the funnel counts it,
     * the furthest stage at or past the vacancy's first offer stage.
     */
    public List<OfferOutcome> offers(FactScope scope) {
        Filters filters = scope.where("a.ended_at").always("a.status <> 'ACTIVE'")
                .always("case when fs.sort_order > cs.sort_order then fs.sort_order else cs.sort_order end >= o.offer_order");
        String sql = """
                select a.status, count(*)
                from application a join vacancy v on v.id = a.vacancy_id
                    join vacancy_stage cs on cs.id = a.stage_id
                    left join vacancy_stage fs on fs.id = a.furthest_stage_id
                    join (select vacancy_id, min(sort_order) as offer_order from vacancy_stage where phase = 'OFFER' group by vacancy_id) o
                        on o.vacancy_id = a.vacancy_id
                %s
                group by a.status""".formatted(filters.where());
        return rows(filters, sql).stream()
                .map(row -> new OfferOutcome(ApplicationStatus.valueOf((String) row[0]), count(row[1])))
                .toList();
    }

    private static String seconds(String later, String earlier) {
        return "(extract(epoch from " + later + ") - extract(epoch from " + earlier + "))";
    }

    private static String percentile(double fraction, String value) {
        return "percentile_cont(" + fraction + ") within group (order by " + value + ")";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Filters filters, String sql) {
        return list(filters.bind(entityManager().createNativeQuery(sql)));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> list(Query query) {
        return query.getResultList();
    }

    private static EntityManager entityManager() {
        return Application.getEntityManager();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    private static double days(Object value) {
        if (value == null) {
            return 0;
        }
        double seconds = value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue();
        return seconds / SECONDS_PER_DAY;
    }
}
