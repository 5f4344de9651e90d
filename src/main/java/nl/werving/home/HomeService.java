package nl.werving.home;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.careers.CareersConfig;
import nl.werving.home.Home.Section;
import nl.werving.home.HomeQueries.Found;
import nl.werving.home.HomeRows.InterviewRow;
import nl.werving.home.HomeRows.InterviewSoon;
import nl.werving.home.HomeRows.ScorecardLate;
import nl.werving.home.HomeRows.ScorecardLateRow;
import nl.werving.home.HomeRows.Waiting;
import nl.werving.home.HomeRows.WaitingRow;
import nl.werving.web.Formats;
import nl.werving.web.WorkingDays;

/**
 * Builds a user's home: candidates past their stage's time limit (in working days; a stage without a limit of its own
 * takes the reply promise of the careers site), scorecards owed, this week's interviews, reference checks waiting, and
 * for recruiters and admins the data requests, for admins the mails that failed.
 */
@ApplicationScoped
public class HomeService {

    /** Rows per section; the rest is behind the section's link. */
    static final int ROWS = 8;

    private final HomeQueries queries;
    private final CareersConfig careers;
    private final Clock clock;

    public HomeService(HomeQueries queries, CareersConfig careers, Clock clock) {
        this.queries = queries;
        this.careers = careers;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Home of(Viewer viewer) {
        Instant now = Instant.now(clock);
        LocalDate today = now.atZone(Formats.ZONE).toLocalDate();
        int defaultLimit = careers.responseDays();
        return new Home(waiting(viewer, today, defaultLimit),
                section(queries.scorecardsOwed(viewer.userId(), now, ROWS)),
                viewer.seesAllVacancies() ? lateScorecards(now) : null,
                interviews(viewer, today),
                section(queries.referencesWaiting(viewer.ownVacanciesOf(), ROWS)),
                viewer.seesAllVacancies() ? section(queries.requestsDue(ROWS)) : null,
                viewer.admin() ? section(queries.failedMails(ROWS)) : null,
                defaultLimit, today);
    }

    private Section<Waiting> waiting(Viewer viewer, LocalDate today, int defaultLimit) {
        Set<Integer> limits = new TreeSet<>(queries.stageLimitsInUse());
        limits.add(defaultLimit);
        Map<Integer, Instant> cutoffs = new LinkedHashMap<>();
        for (int limit : limits) {
            cutoffs.put(limit, startOf(WorkingDays.lastDayOverLimit(today, limit).plusDays(1)));
        }
        Found<WaitingRow> found = queries.waiting(viewer.ownVacanciesOf(), defaultLimit, cutoffs, ROWS);
        return new Section<>(found.rows().stream().map(row -> new Waiting(row.applicationId(), row.candidateId(), row.candidateName(),
                row.vacancyId(), row.vacancyTitle(), row.stageName(),
                WorkingDays.between(row.enteredAt().atZone(Formats.ZONE).toLocalDate(), today),
                row.stageLimit() == null ? defaultLimit : row.stageLimit())).toList(), found.count());
    }

    /** Today's and the rest of this week's (to Sunday): the user's own, or for recruiters and admins all. */
    private Section<InterviewSoon> interviews(Viewer viewer, LocalDate today) {
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Found<InterviewRow> found = queries.interviews(viewer.seesAllVacancies() ? null : viewer.userId(), startOf(today),
                startOf(nextMonday), ROWS);
        Set<Long> mine = queries.onPanel(viewer.userId(), found.rows().stream().map(InterviewRow::interviewId).toList());
        return new Section<>(found.rows().stream().map(row -> new InterviewSoon(row.interviewId(), row.applicationId(),
                row.candidateName(), row.vacancyTitle(), row.startsAt(), row.durationMinutes(),
                row.startsAt().atZone(Formats.ZONE).toLocalDate().equals(today), mine.contains(row.interviewId()))).toList(),
                found.count());
    }

    /** For recruiters and admins: who still owes a scorecard for an interview that has ended, and since when. */
    private Section<ScorecardLate> lateScorecards(Instant now) {
        Found<ScorecardLateRow> found = queries.scorecardsLate(now, ROWS);
        return new Section<>(found.rows().stream().map(row -> {
            Instant endedAt = row.startsAt().plus(Duration.ofMinutes(row.durationMinutes()));
            return new ScorecardLate(row.interviewId(), row.applicationId(), row.candidateName(), row.vacancyId(), row.vacancyTitle(),
                    row.interviewerName(), endedAt, Duration.between(endedAt, now).toHours());
        }).toList(), found.count());
    }

    private static <T> Section<T> section(Found<T> found) {
        return new Section<>(found.rows(), found.count());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }
}
