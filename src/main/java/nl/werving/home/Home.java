package nl.werving.home;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import nl.werving.home.HomeRows.FailedMail;
import nl.werving.home.HomeRows.InterviewSoon;
import nl.werving.home.HomeRows.ReferenceWaiting;
import nl.werving.home.HomeRows.RequestDue;
import nl.werving.home.HomeRows.ScorecardLate;
import nl.werving.home.HomeRows.ScorecardOwed;
import nl.werving.home.HomeRows.Waiting;

/**
 * What needs one user today, section by section. A section the user's role does not handle is {@code null}: the page and
 * the digest leave it out.
 */
public record Home(Section<Waiting> waiting, Section<ScorecardOwed> scorecards, Section<ScorecardLate> lateScorecards,
        Section<InterviewSoon> interviews, Section<ReferenceWaiting> references, Section<RequestDue> requests,
        Section<FailedMail> failedMails, int defaultLimit, LocalDate today) {

    /** Everything open across the sections the user handles, as the digest's subject counts it. */
    public long total() {
        long total = 0;
        for (Section<?> section : Arrays.asList(waiting, scorecards, lateScorecards, interviews, references, requests, failedMails)) {
            total += section == null ? 0 : section.count();
        }
        return total;
    }

    /** The first rows of a section and how many there are in all. */
    public record Section<T>(List<T> rows, long count) {

        public boolean isEmpty() {
            return count == 0;
        }

        /** More than the rows shown: the page offers "all N". */
        public boolean hasMore() {
            return count > rows.size();
        }

        /** How many are not shown. */
        public long more() {
            return count - rows.size();
        }
    }
}
