package nl.werving.interview;

import java.time.Instant;

import nl.werving.pipeline.ApplicationStatus;

/**
 * One submitted competency rating as calibration reads it: anonymous facts only (no candidate), so the numbers stay the
 * same after the purge.
 */
record CalibrationFact(long scorecardId, long applicationId, long interviewerId, String competency, int rating,
        Instant submittedAt, Recommendation recommendation, ApplicationStatus outcome) {
}
