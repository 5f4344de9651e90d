package nl.werving.interview;

import java.time.Instant;
import java.util.List;

/**
 * The calibration as the database adds it up: anonymous sums only (interviewer ids, competency names, numbers), never
 * a candidate, so the figures stay the same after the purge.
 */
record CalibrationSums(List<CompetencyShift> shifts, List<ApplicationShift> applications, List<Agreement> agreement,
        List<AdviceCount> advice) {

    /** An interviewer's mean difference from the colleagues on one competency, over n shared applications. */
    record CompetencyShift(long interviewerId, String competency, double mean, int n) {
    }

    /** An interviewer's difference on one application (the mean over its competencies), dated by the later scorecard. */
    record ApplicationShift(long interviewerId, double difference, Instant submittedAt) {
    }

    /** Alpha's sums for one competency (or all, with {@code competency} null) over the applications rated by two or more. */
    record Agreement(String competency, int applications, KrippendorffAlpha.Sums sums) {
    }

    /** Of an interviewer's scorecards, how many ended procedures there were and how many the advice matched. */
    record AdviceCount(long interviewerId, int matched, int ended) {
    }
}
