package nl.werving.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.identity.AppUser;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.FactScope;
import nl.werving.web.Formats;

/**
 * Interviewer calibration: per interviewer and competency how much milder or stricter they rate than the colleagues who
 * saw the same candidates, how far interviewers agree at all (Krippendorff's alpha), how the difference moves over the
 * quarters, and how often their advice matched the outcome. The facts come in one statement and are reckoned here;
 * every figure from fewer than {@link #MINIMUM} cases is withheld, as one or two candidates say nothing about a person.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class InterviewerCalibration {

    /** The fewest shared candidates (or applications, or ended procedures) a figure is shown for. */
    public static final int MINIMUM = 5;

    /** A mean difference from the colleagues and the number of shared candidates it rests on; no value below the minimum. */
    public record Shift(Double value, int n) {

        static Shift of(Collection<Double> differences) {
            int n = differences.size();
            return new Shift(n >= MINIMUM ? differences.stream().mapToDouble(Double::doubleValue).average().orElseThrow() : null, n);
        }

        public boolean isShown() {
            return value != null;
        }

        /** Milder or stricter than the colleagues, or (rounded to one decimal) the same. */
        public Direction getDirection() {
            return value == null || Math.abs(value) < 0.05 ? Direction.EVEN : value > 0 ? Direction.MILDER : Direction.STRICTER;
        }

        /** Too few to show, but not none: the page says how few. */
        public boolean isTooFew() {
            return value == null && n > 0;
        }
    }

    /** The share of ended procedures where the advice matched the outcome. */
    public record Advice(Double share, int matched, int n) {

        public boolean isShown() {
            return share != null;
        }

        public boolean isTooFew() {
            return share == null && n > 0;
        }
    }

    /** Agreement on one competency (or all, with {@code competency} null) over applications rated by two or more. */
    public record Agreement(String competency, Double alpha, int applications, int ratings) {

        public boolean isShown() {
            return applications >= MINIMUM && alpha != null;
        }

        /** Krippendorff's own reading: from 0.8 reliable, from 0.667 tentatively, below that not. */
        public AgreementLevel getLevel() {
            return alpha == null || alpha < 0.667 ? AgreementLevel.LOW : alpha < 0.8 ? AgreementLevel.TENTATIVE : AgreementLevel.HIGH;
        }

        /** Enough applications, but every rating the same: agreement cannot be told from chance. */
        public boolean isWithoutSpread() {
            return applications >= MINIMUM && alpha == null;
        }

        public boolean isTooFew() {
            return applications > 0 && applications < MINIMUM;
        }
    }

    public enum Direction {
        MILDER, STRICTER, EVEN
    }

    public enum AgreementLevel {
        HIGH, TENTATIVE, LOW
    }

    /** A calendar quarter in Dutch/Belgian time. */
    public record Quarter(int year, int quarter) implements Comparable<Quarter> {

        static Quarter of(Instant instant) {
            LocalDate day = instant.atZone(Formats.ZONE).toLocalDate();
            return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        }

        @Override
        public int compareTo(Quarter other) {
            return Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::quarter).compare(this, other);
        }
    }

    /** One interviewer's figures; the lists run parallel to {@link Calibration#competencies} and {@link Calibration#quarters}. */
    public record InterviewerRow(long interviewerId, String name, List<Shift> byCompetency, Shift overall, List<Shift> byQuarter,
            Advice advice) {
    }

    public record Calibration(int minimum, List<String> competencies, List<Quarter> quarters, List<InterviewerRow> interviewers,
            List<Agreement> agreement, Agreement overallAgreement) {

        public boolean isEmpty() {
            return interviewers.isEmpty();
        }
    }

    /** Someone who submitted scorecards, for the interviewer filter. */
    public record Interviewer(long id, String name) {
    }

    /**
     * The calibration of the scorecards submitted in the scope's period. With an interviewer, only that interviewer's
     * row, and agreement only on the candidates they rated: what they may see of their colleagues is the comparison.
     */
    public Calibration calibrate(FactScope scope, Long onlyInterviewerId) {
        List<CalibrationFact> facts = ScorecardRating.listCalibrationFacts(scope, onlyInterviewerId);
        Ratings ratings = Ratings.of(facts);
        Set<Long> shown = onlyInterviewerId != null ? Set.of(onlyInterviewerId)
                : facts.stream().map(CalibrationFact::interviewerId).collect(Collectors.toSet());
        Map<Long, String> names = shown.isEmpty() || facts.isEmpty() ? Map.of()
                : AppUser.<AppUser> list("id in ?1", shown).stream().collect(Collectors.toMap(user -> user.id, user -> user.displayName));

        Differences differences = Differences.of(ratings);
        List<String> competencies = List.copyOf(ratings.competencies());
        List<Quarter> quarters = List.copyOf(differences.quarters(names.keySet()));
        Map<Long, Advice> advice = advice(facts);
        List<InterviewerRow> rows = new ArrayList<>();
        for (long interviewer : shown) {
            if (!names.containsKey(interviewer)) {
                continue;
            }
            rows.add(new InterviewerRow(interviewer, names.get(interviewer),
                    competencies.stream().map(competency -> differences.byCompetency(interviewer, competency)).toList(),
                    differences.overall(interviewer),
                    quarters.stream().map(quarter -> differences.byQuarter(interviewer, quarter)).toList(),
                    advice.getOrDefault(interviewer, new Advice(null, 0, 0))));
        }
        rows.sort(Comparator.comparing(InterviewerRow::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(InterviewerRow::interviewerId));
        return new Calibration(MINIMUM, competencies, quarters, rows,
                competencies.stream().map(competency -> agreement(competency, ratings.units(competency))).toList(),
                agreement(null, ratings.allUnits()));
    }

    /** Everyone who ever submitted a scorecard, by name. */
    public List<Interviewer> interviewers() {
        return Scorecard.submitters().stream().map(user -> new Interviewer(user.id, user.displayName)).toList();
    }

    private static Agreement agreement(String competency, Map<Long, List<double[]>> unitsByApplication) {
        List<double[]> units = unitsByApplication.values().stream().flatMap(List::stream).filter(unit -> unit.length >= 2).toList();
        int applications = (int) unitsByApplication.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(unit -> unit.length >= 2)).count();
        int values = units.stream().mapToInt(unit -> unit.length).sum();
        return new Agreement(competency, KrippendorffAlpha.of(units), applications, values);
    }

    /**
     * Per interviewer: of their submitted scorecards on procedures that ended in a hire or a rejection, how many advised
     * that way. Withdrawn and running procedures have no outcome to match.
     */
    private static Map<Long, Advice> advice(List<CalibrationFact> facts) {
        Map<Long, CalibrationFact> scorecards = new LinkedHashMap<>();
        facts.forEach(fact -> scorecards.putIfAbsent(fact.scorecardId(), fact));
        Map<Long, int[]> counts = new HashMap<>();
        for (CalibrationFact scorecard : scorecards.values()) {
            if (scorecard.recommendation() == null
                    || scorecard.outcome() != ApplicationStatus.HIRED && scorecard.outcome() != ApplicationStatus.REJECTED) {
                continue;
            }
            boolean positive = scorecard.recommendation() == Recommendation.YES || scorecard.recommendation() == Recommendation.STRONG_YES;
            int[] count = counts.computeIfAbsent(scorecard.interviewerId(), id -> new int[2]);
            count[1]++;
            if (positive == (scorecard.outcome() == ApplicationStatus.HIRED)) {
                count[0]++;
            }
        }
        Map<Long, Advice> advice = new HashMap<>();
        counts.forEach((interviewer, count) -> advice.put(interviewer,
                new Advice(count[1] >= MINIMUM ? (double) count[0] / count[1] : null, count[0], count[1])));
        return advice;
    }

    /**
     * Each interviewer's rating per application and competency. Two interviews of one application by the same person
     * count as one judgement (their mean), dated by the later submission.
     */
    private record Ratings(Map<String, Map<Long, Map<Long, Judgement>>> byCompetency) {

        static Ratings of(List<CalibrationFact> facts) {
            Map<String, Map<Long, Map<Long, Judgement>>> byCompetency = new TreeMap<>();
            for (CalibrationFact fact : facts) {
                byCompetency.computeIfAbsent(fact.competency(), c -> new TreeMap<>())
                        .computeIfAbsent(fact.applicationId(), a -> new TreeMap<>())
                        .merge(fact.interviewerId(), new Judgement(fact.rating(), 1, fact.submittedAt()), Judgement::plus);
            }
            return new Ratings(byCompetency);
        }

        Set<String> competencies() {
            return byCompetency.keySet();
        }

        /** Per application, the one unit of this competency: its interviewers' ratings. */
        Map<Long, List<double[]>> units(String competency) {
            Map<Long, List<double[]>> units = new TreeMap<>();
            byCompetency.getOrDefault(competency, Map.of()).forEach((application, judgements) -> units.put(application,
                    List.of(judgements.values().stream().mapToDouble(Judgement::mean).toArray())));
            return units;
        }

        /** Per application, a unit per competency. */
        Map<Long, List<double[]>> allUnits() {
            Map<Long, List<double[]>> units = new TreeMap<>();
            byCompetency.keySet().forEach(competency -> units(competency)
                    .forEach((application, unit) -> units.computeIfAbsent(application, a -> new ArrayList<>()).addAll(unit)));
            return units;
        }
    }

    private record Judgement(double sum, int count, Instant submittedAt) {

        Judgement plus(Judgement other) {
            return new Judgement(sum + other.sum, count + other.count,
                    submittedAt.isAfter(other.submittedAt) ? submittedAt : other.submittedAt);
        }

        double mean() {
            return sum / count;
        }
    }

    /**
     * The differences of each interviewer from the mean of the others on the same application and competency. Per
     * competency each shared application counts once; overall and per quarter an application counts once too, with the
     * mean of its competencies' differences, so n is always a number of candidates.
     */
    private record Differences(Map<Long, Map<String, List<Double>>> byCompetency, Map<Long, Map<Long, Dated>> byApplication) {

        static Differences of(Ratings ratings) {
            Map<Long, Map<String, List<Double>>> byCompetency = new HashMap<>();
            Map<Long, Map<Long, List<Double>>> perApplication = new HashMap<>();
            Map<Long, Map<Long, Instant>> dates = new HashMap<>();
            ratings.byCompetency().forEach((competency, applications) -> applications.forEach((application, judgements) -> {
                if (judgements.size() < 2) {
                    return;
                }
                double total = judgements.values().stream().mapToDouble(Judgement::mean).sum();
                judgements.forEach((interviewer, judgement) -> {
                    double othersMean = (total - judgement.mean()) / (judgements.size() - 1);
                    double difference = judgement.mean() - othersMean;
                    byCompetency.computeIfAbsent(interviewer, i -> new HashMap<>()).computeIfAbsent(competency, c -> new ArrayList<>())
                            .add(difference);
                    perApplication.computeIfAbsent(interviewer, i -> new HashMap<>()).computeIfAbsent(application, a -> new ArrayList<>())
                            .add(difference);
                    dates.computeIfAbsent(interviewer, i -> new HashMap<>()).merge(application, judgement.submittedAt(),
                            (a, b) -> a.isAfter(b) ? a : b);
                });
            }));
            Map<Long, Map<Long, Dated>> byApplication = new HashMap<>();
            perApplication.forEach((interviewer, applications) -> applications.forEach((application, list) -> byApplication
                    .computeIfAbsent(interviewer, i -> new HashMap<>()).put(application, new Dated(
                            list.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                            Quarter.of(dates.get(interviewer).get(application))))));
            return new Differences(byCompetency, byApplication);
        }

        /** The quarters in which these interviewers have differences, in order. */
        Set<Quarter> quarters(Set<Long> interviewers) {
            return interviewers.stream().flatMap(interviewer -> byApplication.getOrDefault(interviewer, Map.of()).values().stream())
                    .map(Dated::quarter).collect(Collectors.toCollection(TreeSet::new));
        }

        Shift byCompetency(long interviewer, String competency) {
            return Shift.of(byCompetency.getOrDefault(interviewer, Map.of()).getOrDefault(competency, List.of()));
        }

        Shift overall(long interviewer) {
            return Shift.of(byApplication.getOrDefault(interviewer, Map.of()).values().stream().map(Dated::difference).toList());
        }

        Shift byQuarter(long interviewer, Quarter quarter) {
            return Shift.of(byApplication.getOrDefault(interviewer, Map.of()).values().stream()
                    .filter(dated -> dated.quarter().equals(quarter)).map(Dated::difference).toList());
        }
    }

    private record Dated(double difference, Quarter quarter) {
    }
}
