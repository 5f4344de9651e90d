package nl.werving.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import nl.werving.identity.AppUser;
import nl.werving.pipeline.FactScope;
import nl.werving.web.Formats;

/**
 * Interviewer calibration: per interviewer and competency how much milder or stricter they rate than the colleagues who
 * saw the same candidates, how far interviewers agree at all (Krippendorff's alpha), how the difference moves over the
 * quarters, and how often their advice matched the outcome. The database adds the ratings up (a constant number of
 * statements however many); Java only divides.
 * Every figure from fewer than {@link #MINIMUM} cases is withheld, as one or two candidates say nothing about a person.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class InterviewerCalibration {

    /** The fewest shared candidates (or applications, or ended procedures) a figure is shown for. */
    public static final int MINIMUM = 5;

    /** A mean difference from the colleagues and the number of shared candidates it rests on; no value below the minimum. */
    public record Shift(Double value, int n) {

        static Shift of(double mean, int n) {
            return new Shift(n >= MINIMUM ? mean : null, n);
        }

        static Shift of(List<CalibrationSums.ApplicationShift> shifts) {
            return of(shifts.stream().mapToDouble(CalibrationSums.ApplicationShift::difference).average().orElse(0), shifts.size());
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
        CalibrationSums sums = ScorecardRating.calibrationSums(scope, onlyInterviewerId);
        Set<Long> present = sums.advice().stream().map(CalibrationSums.AdviceCount::interviewerId).collect(Collectors.toSet());
        Set<Long> shown = onlyInterviewerId != null ? (present.isEmpty() ? Set.of() : Set.of(onlyInterviewerId)) : present;
        Map<Long, String> names = shown.isEmpty() ? Map.of()
                : AppUser.<AppUser> list("id in ?1", shown).stream().collect(Collectors.toMap(user -> user.id, user -> user.displayName));

        List<Agreement> agreements = sums.agreement().stream().map(sum -> new Agreement(sum.competency(), KrippendorffAlpha.of(sum.sums()),
                sum.applications(), (int) sum.sums().n())).toList();
        Agreement overall = agreements.stream().filter(agreement -> agreement.competency() == null).findFirst()
                .orElse(new Agreement(null, null, 0, 0));
        List<Agreement> byCompetency = agreements.stream().filter(agreement -> agreement.competency() != null)
                .sorted(Comparator.comparing(Agreement::competency)).toList();
        List<String> competencies = byCompetency.stream().map(Agreement::competency).toList();
        Map<Long, Map<String, Shift>> shifts = sums.shifts().stream().collect(Collectors.groupingBy(CalibrationSums.CompetencyShift::interviewerId,
                Collectors.toMap(CalibrationSums.CompetencyShift::competency, shift -> Shift.of(shift.mean(), shift.n()))));
        Map<Long, List<CalibrationSums.ApplicationShift>> byApplication = sums.applications().stream()
                .collect(Collectors.groupingBy(CalibrationSums.ApplicationShift::interviewerId));
        List<Quarter> quarters = names.keySet().stream().flatMap(id -> byApplication.getOrDefault(id, List.of()).stream())
                .map(shift -> Quarter.of(shift.submittedAt())).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        Map<Long, Advice> advice = sums.advice().stream().collect(Collectors.toMap(CalibrationSums.AdviceCount::interviewerId,
                count -> new Advice(count.ended() >= MINIMUM ? (double) count.matched() / count.ended() : null, count.matched(), count.ended())));

        List<InterviewerRow> rows = new ArrayList<>();
        for (long interviewer : shown) {
            if (!names.containsKey(interviewer)) {
                continue;
            }
            List<CalibrationSums.ApplicationShift> own = byApplication.getOrDefault(interviewer, List.of());
            Map<String, Shift> ownShifts = shifts.getOrDefault(interviewer, Map.of());
            rows.add(new InterviewerRow(interviewer, names.get(interviewer),
                    competencies.stream().map(competency -> ownShifts.getOrDefault(competency, Shift.of(0, 0))).toList(),
                    Shift.of(own),
                    quarters.stream().map(quarter -> Shift.of(own.stream()
                            .filter(shift -> Quarter.of(shift.submittedAt()).equals(quarter)).toList())).toList(),
                    advice.getOrDefault(interviewer, new Advice(null, 0, 0))));
        }
        rows.sort(Comparator.comparing(InterviewerRow::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(InterviewerRow::interviewerId));
        return new Calibration(MINIMUM, competencies, quarters, rows, byCompetency, overall);
    }

    /** Everyone who ever submitted a scorecard, by name. */
    public List<Interviewer> interviewers() {
        return Scorecard.submitters().stream().map(user -> new Interviewer(user.id, user.displayName)).toList();
    }
}
