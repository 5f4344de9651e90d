package nl.werving.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.FactScope;
import nl.werving.web.Filters;
import nl.werving.web.Formats;

/**
 * The survey's figures for a report: counted in the database in at most two statements (the figures per outcome, then
 * the latest comments), however many answers there are.
 */
@ApplicationScoped
public class SurveyResults {

    /** Fewer answers than this and a group's results are not shown: the usual floor below which answers point at people. */
    public static final int MINIMUM_GROUP = 10;
    static final int MAX_COMMENTS = 10;
    private static final List<ApplicationStatus> OUTCOMES = List.of(ApplicationStatus.HIRED, ApplicationStatus.REJECTED,
            ApplicationStatus.WITHDRAWN);

    private final EntityManager entityManager;

    public SurveyResults(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One group's sums as the database counted them. */
    private record Sums(long answers, long promoters, long detractors, long clarity, long speed, long respect) {

        static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0);

        Sums plus(Sums other) {
            return new Sums(answers + other.answers, promoters + other.promoters, detractors + other.detractors,
                    clarity + other.clarity, speed + other.speed, respect + other.respect);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveySummary summarise(FactScope scope) {
        Filters filters = scope.where("r.answered_month");
        Map<ApplicationStatus, Sums> byOutcome = new EnumMap<>(ApplicationStatus.class);
        List<?> rows = bind(entityManager.createNativeQuery("""
                select r.outcome, count(*), sum(case when r.nps >= 9 then 1 else 0 end), sum(case when r.nps <= 6 then 1 else 0 end),
                    sum(r.clarity), sum(r.speed), sum(r.respect)
                from survey_response r join vacancy v on v.id = r.vacancy_id""" + filters.where() + " group by r.outcome"),
                filters, scope).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byOutcome.put(ApplicationStatus.valueOf((String) columns[0]), new Sums(number(columns[1]), number(columns[2]),
                    number(columns[3]), number(columns[4]), number(columns[5]), number(columns[6])));
        }
        Sums total = byOutcome.values().stream().reduce(Sums.NONE, Sums::plus);
        boolean shown = total.answers >= MINIMUM_GROUP;
        if (!shown) {
            return new SurveySummary(total.answers, false, null, null, null, null, null, null, null, groups(byOutcome, false),
                    List.of());
        }
        return new SurveySummary(total.answers, true, nps(total), total.promoters, total.answers - total.promoters - total.detractors,
                total.detractors, mean(total.clarity, total.answers), mean(total.speed, total.answers), mean(total.respect, total.answers),
                groups(byOutcome, true), comments(scope));
    }

    /**
     * The groups by outcome, each shown from the minimum up. When the total is shown and exactly one group with answers
     * is hidden, its figures would follow from the total minus the others: then the smallest shown group is hidden too.
     */
    private static List<SurveySummary.OutcomeGroup> groups(Map<ApplicationStatus, Sums> byOutcome, boolean totalShown) {
        Map<ApplicationStatus, Boolean> shown = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus outcome : OUTCOMES) {
            shown.put(outcome, totalShown && byOutcome.getOrDefault(outcome, Sums.NONE).answers >= MINIMUM_GROUP);
        }
        long hiddenWithAnswers = OUTCOMES.stream()
                .filter(outcome -> !shown.get(outcome) && byOutcome.getOrDefault(outcome, Sums.NONE).answers > 0).count();
        if (totalShown && hiddenWithAnswers == 1) {
            OUTCOMES.stream().filter(shown::get).min(Comparator.comparingLong(outcome -> byOutcome.get(outcome).answers))
                    .ifPresent(smallest -> shown.put(smallest, false));
        }
        List<SurveySummary.OutcomeGroup> groups = new ArrayList<>();
        for (ApplicationStatus outcome : OUTCOMES) {
            Sums sums = byOutcome.getOrDefault(outcome, Sums.NONE);
            groups.add(new SurveySummary.OutcomeGroup(outcome, sums.answers, shown.get(outcome), shown.get(outcome) ? nps(sums) : null));
        }
        return groups;
    }

    private List<String> comments(FactScope scope) {
        Filters filters = scope.where("r.answered_month").always("r.comment is not null");
        List<?> rows = bind(entityManager.createNativeQuery("select r.comment from survey_response r join vacancy v on v.id = r.vacancy_id"
                + filters.where() + " order by r.answered_month desc, r.id"), filters, scope).setMaxResults(MAX_COMMENTS).getResultList();
        return rows.stream().map(String.class::cast).toList();
    }

    /**
     * The scope's bounds are moments; an answer carries only its month's first day. It counts when that day begins (in
     * Dutch/Belgian time) within [from, to), so each bound becomes the first day that begins at or after it.
     */
    private static Query bind(Query query, Filters filters, FactScope scope) {
        Map<String, Object> days = Map.of("scopeFrom", firstDayFrom(scope.from()), "scopeTo", firstDayFrom(scope.to()));
        filters.parameters().map().forEach((name, value) -> query.setParameter(name, days.getOrDefault(name, value)));
        return query;
    }

    static LocalDate firstDayFrom(Instant moment) {
        LocalDate day = moment.atZone(Formats.ZONE).toLocalDate();
        return day.atStartOfDay(Formats.ZONE).toInstant().isBefore(moment) ? day.plusDays(1) : day;
    }

    /** Promoters minus detractors as a share of all answers, in whole percents (half away from zero). */
    static int nps(Sums sums) {
        return BigDecimal.valueOf(100 * (sums.promoters - sums.detractors))
                .divide(BigDecimal.valueOf(sums.answers), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private static BigDecimal mean(long sum, long count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
