package nl.werving.home;

import java.time.Instant;
import java.time.LocalDate;

import nl.werving.candidate.Candidate;
import nl.werving.privacy.RequestKind;
import nl.werving.reference.ReferenceCheckStatus;

/** What the home page lists, as rows that cannot lazy-load. */
public final class HomeRows {

    private HomeRows() {
    }

    /** A row that names a candidate, whose details the query opens for all its rows at once. */
    interface AboutCandidate {
        Candidate candidate();
    }

    /** An application as the query reads it, before its working days are counted. */
    public record WaitingRow(long applicationId, Candidate candidate, long vacancyId, String vacancyTitle, String stageName,
            Instant enteredAt, Integer stageLimit) implements AboutCandidate {

        public long candidateId() {
            return candidate.id;
        }

        /** Opened with the other rows' candidates ({@link Candidate#openAll}). */
        public String candidateName() {
            return candidate.fullName();
        }
    }

    /** A candidate waiting past their stage's time limit. */
    public record Waiting(long applicationId, long candidateId, String candidateName, long vacancyId, String vacancyTitle,
            String stageName, long days, int limit) {
    }

    /** An interview of the current user that took place without their scorecard submitted. */
    public record ScorecardOwed(long interviewId, long applicationId, Candidate candidate, String vacancyTitle, Instant startsAt)
            implements AboutCandidate {

        /** Opened with the other rows' candidates ({@link Candidate#openAll}). */
        public String candidateName() {
            return candidate.fullName();
        }
    }

    /**
     * A colleague who still owes their scorecard for an interview that has ended, with how long ago it ended
     * ({@code hoursLate}), for recruiters and admins.
     */
    public record ScorecardLate(long interviewId, long applicationId, String candidateName, long vacancyId, String vacancyTitle,
            String interviewerName, Instant endedAt, long hoursLate) {

        /** Whole days since the interview ended, for what is late by two days or more. */
        public long daysLate() {
            return hoursLate / 24;
        }

        /** A day or more since the interview: the interviewer has had the reminder. */
        public boolean isOverdue() {
            return hoursLate >= 24;
        }
    }

    /** The query's form of {@link ScorecardLate}, before the time since the end is reckoned. */
    public record ScorecardLateRow(long interviewId, long applicationId, Candidate candidate, long vacancyId, String vacancyTitle,
            String interviewerName, Instant startsAt, int durationMinutes) implements AboutCandidate {

        /** Opened with the other rows' candidates ({@link Candidate#openAll}). */
        public String candidateName() {
            return candidate.fullName();
        }
    }

    /** An interview planned for this week; {@code mine} when the user is on the panel. */
    public record InterviewSoon(long interviewId, long applicationId, String candidateName, String vacancyTitle, Instant startsAt,
            int durationMinutes, boolean today, boolean mine) {

        /** Where the user acts on it: their scorecard when on the panel, else the assessment of the application. */
        public String link() {
            return mine ? "/app/interviews/" + interviewId + "/scorecard" : "/app/assessments/" + applicationId;
        }
    }

    /** The query's form of {@link InterviewSoon}. */
    public record InterviewRow(long interviewId, long applicationId, Candidate candidate, String vacancyTitle, Instant startsAt,
            int durationMinutes) implements AboutCandidate {

        /** Opened with the other rows' candidates ({@link Candidate#openAll}). */
        public String candidateName() {
            return candidate.fullName();
        }
    }

    /** A reference check waiting for the candidate (to name referees) or for referees (to be asked, to answer). */
    public record ReferenceWaiting(long checkId, long applicationId, Candidate candidate, String vacancyTitle,
            ReferenceCheckStatus status, Instant requestedAt) implements AboutCandidate {

        public long candidateId() {
            return candidate.id;
        }

        /** Opened with the other rows' candidates ({@link Candidate#openAll}). */
        public String candidateName() {
            return candidate.fullName();
        }

        public boolean waitsForCandidate() {
            return status == ReferenceCheckStatus.REQUESTED;
        }
    }

    /** An open request for a copy or erasure; no name once the candidate has gone. */
    public record RequestDue(long requestId, Candidate candidate, RequestKind kind, LocalDate dueOn) implements AboutCandidate {

        public Long candidateId() {
            return candidate == null ? null : candidate.id;
        }

        /** Opened with the other rows' candidates ({@link Candidate#openAll}); {@code null} once the candidate has gone. */
        public String candidateName() {
            return candidate == null ? null : candidate.fullName();
        }

        public long daysLeft(LocalDate today) {
            return dueOn.toEpochDay() - today.toEpochDay();
        }

        public long daysLate(LocalDate today) {
            return Math.max(0, -daysLeft(today));
        }
    }

    /** A mail the outbox gave up on. */
    public record FailedMail(long mailId, String subject, Instant createdAt, int attempts) {
    }
}
