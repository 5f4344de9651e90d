package nl.werving.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.identity.AppUser;
import nl.werving.pipeline.FactScope;

/**
 * Interviewer calibration: per interviewer and competency how much milder or stricter they rate than the colleagues who
 * saw the same candidates, how far interviewers agree at all (Krippendorff's alpha), how the difference moves over the
 * quarters, and how often their advice matched the outcome. The comparisons are made when scorecards are submitted
 * ({@link CalibrationFacts}); here their sums, one row per interviewer, competency and quarter, are added up further.
 * Every figure from fewer than {@link #MINIMUM} cases is withheld, as one or two candidates say nothing about a person.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class InterviewerCalibration {

    /** The fewest shared candidates (or applications, or ended procedures) a figure is shown for. */
    public static final int MINIMUM = 5;

    /** A mean difference from the colleagues and the number of shared candidates it rests on; no value below the minimum. */
    public record Shift(Double value, int n) {

        /** The mean of a sum of differences over n; none below the minimum. */
        static Shift of(double sum, double count) {
            int n = (int) Math.round(count);
            return new Shift(n >= MINIMUM ? sum / count : null, n);
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

        /** From the facts' year * 10 + quarter. */
        static Quarter of(int yearAndQuarter) {
            return new Quarter(yearAndQuarter / 10, yearAndQuarter % 10);
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

    private final CalibrationFacts facts;

    public InterviewerCalibration(CalibrationFacts facts) {
        this.facts = facts;
    }

    /**
     * The calibration of the applications whose scorecards were completed in the scope's period. With an interviewer,
     * only that interviewer's row, and agreement only on the candidates they rated: what they may see of their
     * colleagues is the comparison.
     */
    public Calibration calibrate(FactScope scope, Long onlyInterviewerId) {
        List<CalibrationFacts.Sums> sums = facts.sums(scope, onlyInterviewerId);
        Map<Long, Advice> advice = facts.advice(scope, onlyInterviewerId).stream().collect(Collectors.toMap(
                CalibrationFacts.AdviceCount::interviewerId,
                count -> new Advice(count.ended() >= MINIMUM ? (double) count.matched() / count.ended() : null, count.matched(),
                        count.ended())));
        Set<Long> present = sums.stream().map(CalibrationFacts.Sums::interviewerId).collect(Collectors.toSet());
        Set<Long> shown = onlyInterviewerId == null ? present : present.contains(onlyInterviewerId) ? Set.of(onlyInterviewerId) : Set.of();
        Map<Long, String> names = shown.isEmpty() ? Map.of()
                : AppUser.<AppUser> list("id in ?1", shown).stream().collect(Collectors.toMap(user -> user.id, user -> user.displayName));

        List<String> competencies = sums.stream().map(CalibrationFacts.Sums::competency).distinct().sorted().toList();
        List<Quarter> quarters = sums.stream().filter(sum -> names.containsKey(sum.interviewerId()) && sum.compared() > 0)
                .map(sum -> Quarter.of(sum.quarter())).distinct().sorted().toList();
        List<InterviewerRow> rows = new ArrayList<>();
        for (long interviewer : names.keySet()) {
            List<CalibrationFacts.Sums> own = sums.stream().filter(sum -> sum.interviewerId() == interviewer).toList();
            rows.add(new InterviewerRow(interviewer, names.get(interviewer),
                    competencies.stream().map(competency -> byCompetency(own.stream().filter(sum -> sum.competency().equals(competency))
                            .toList())).toList(),
                    byApplication(own),
                    quarters.stream().map(quarter -> byApplication(own.stream().filter(sum -> Quarter.of(sum.quarter()).equals(quarter))
                            .toList())).toList(),
                    advice.getOrDefault(interviewer, new Advice(null, 0, 0))));
        }
        rows.sort(Comparator.comparing(InterviewerRow::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(InterviewerRow::interviewerId));
        return new Calibration(MINIMUM, competencies, quarters, rows,
                competencies.stream().map(competency -> agreement(competency,
                        sums.stream().filter(sum -> sum.competency().equals(competency)).toList())).toList(),
                agreement(null, sums));
    }

    /** Per competency each shared application counts once. */
    private static Shift byCompetency(List<CalibrationFacts.Sums> sums) {
        return Shift.of(sums.stream().mapToDouble(CalibrationFacts.Sums::difference).sum(),
                sums.stream().mapToLong(CalibrationFacts.Sums::compared).sum());
    }

    /** Overall and per quarter an application counts once too, with the mean of its competencies' differences. */
    private static Shift byApplication(List<CalibrationFacts.Sums> sums) {
        return Shift.of(sums.stream().mapToDouble(CalibrationFacts.Sums::weightedDifference).sum(),
                sums.stream().mapToDouble(CalibrationFacts.Sums::interviews).sum());
    }

    /** Alpha over the compared judgements of one competency, or of all with {@code competency} null. */
    private static Agreement agreement(String competency, List<CalibrationFacts.Sums> sums) {
        KrippendorffAlpha.Sums alpha = new KrippendorffAlpha.Sums(sums.stream().mapToLong(CalibrationFacts.Sums::compared).sum(),
                sums.stream().mapToDouble(CalibrationFacts.Sums::rating).sum(),
                sums.stream().mapToDouble(CalibrationFacts.Sums::ratingSquared).sum(),
                sums.stream().mapToDouble(CalibrationFacts.Sums::disagreement).sum());
        double applications = competency == null ? sums.stream().mapToDouble(CalibrationFacts.Sums::applications).sum()
                : sums.stream().mapToDouble(CalibrationFacts.Sums::units).sum();
        return new Agreement(competency, KrippendorffAlpha.of(alpha), (int) Math.round(applications), (int) alpha.n());
    }

    /** Everyone who ever submitted a scorecard, by name. */
    public List<Interviewer> interviewers() {
        return Scorecard.submitters().stream().map(user -> new Interviewer(user.id, user.displayName)).toList();
    }
}
