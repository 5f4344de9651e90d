package nl.werving.survey;

import static nl.werving.support.TestVacancies.aVacancy;
import static nl.werving.survey.TestSurveys.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.FactScope;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** The survey's figures: exact, hidden below the minimum group, counted by month within the scope, in two statements. */
@QuarkusTest
class SurveyResultsTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

    @Inject
    SurveyResults results;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    Scheduler scheduler;

    @Test
    void hidesEverythingButTheCountBelowTenAnswers() {
        Vacancy vacancy = aVacancy().published().persist();
        for (int i = 0; i < 9; i++) {
            response(vacancy, ApplicationStatus.REJECTED, NOVEMBER, 10, 5, 5, 5, "Prima contact " + i);
        }

        SurveySummary summary = results.summarise(november(vacancy));

        assertEquals(9, summary.answers());
        assertFalse(summary.shown());
        assertNull(summary.nps());
        assertNull(summary.promoters());
        assertNull(summary.clarity());
        assertEquals(List.of(), summary.comments());
        assertTrue(summary.outcomes().stream().noneMatch(SurveySummary.OutcomeGroup::shown));
        assertEquals(10, summary.minimumGroup());
    }

    @Test
    void computesTheNpsAndMeansExactly() {
        Vacancy vacancy = aVacancy().published().persist();
        int[] nps = { 9, 10, 9, 10, 9, 7, 8, 7, 6, 0 };
        int[] clarity = { 5, 4, 4, 3, 5, 2, 4, 4, 3, 1 };
        for (int i = 0; i < nps.length; i++) {
            String comment = i == 0 ? "Snel antwoord gekregen." : null;
            response(vacancy, ApplicationStatus.REJECTED, NOVEMBER, nps[i], clarity[i], 3, i < 5 ? 5 : 4, comment);
        }

        SurveySummary summary = results.summarise(november(vacancy));

        assertTrue(summary.shown());
        assertEquals(10, summary.answers());
        assertEquals(30, summary.nps(), "5 promoters and 2 detractors of 10: 50% - 20%");
        assertEquals(List.of(5L, 3L, 2L), List.of(summary.promoters(), summary.passives(), summary.detractors()));
        assertEquals(new BigDecimal("3.5"), summary.clarity());
        assertEquals(new BigDecimal("3.0"), summary.speed());
        assertEquals(new BigDecimal("4.5"), summary.respect());
        assertEquals(List.of("Snel antwoord gekregen."), summary.comments());
        SurveySummary.OutcomeGroup rejected = group(summary, ApplicationStatus.REJECTED);
        assertTrue(rejected.shown());
        assertEquals(30, rejected.nps());
        assertEquals(0, group(summary, ApplicationStatus.HIRED).answers());
        assertFalse(group(summary, ApplicationStatus.HIRED).shown());
    }

    @Test
    void aSmallGroupStaysHiddenEvenWhenTheRestWouldGiveItAway() {
        Vacancy vacancy = aVacancy().published().persist();
        for (int i = 0; i < 12; i++) {
            response(vacancy, ApplicationStatus.REJECTED, NOVEMBER, 8, 4, 4, 4, null);
        }
        for (int i = 0; i < 3; i++) {
            response(vacancy, ApplicationStatus.HIRED, NOVEMBER, 10, 5, 5, 5, null);
        }

        SurveySummary summary = results.summarise(november(vacancy));

        assertTrue(summary.shown());
        assertEquals(20, summary.nps(), "3 promoters of 15");
        assertFalse(group(summary, ApplicationStatus.HIRED).shown());
        assertNull(group(summary, ApplicationStatus.HIRED).nps());
        assertFalse(group(summary, ApplicationStatus.REJECTED).shown(), "the total minus the rejected would tell the hired's score");
        assertEquals(12, group(summary, ApplicationStatus.REJECTED).answers());
    }

    @Test
    void countsAnAnswerInThePeriodWhereItsMonthBegins() {
        Vacancy vacancy = aVacancy().published().persist();
        response(vacancy, ApplicationStatus.WITHDRAWN, NOVEMBER, 9, 4, 4, 4, null);
        response(vacancy, ApplicationStatus.WITHDRAWN, NOVEMBER.minusMonths(1), 9, 4, 4, 4, null);
        Instant novemberStarts = NOVEMBER.atStartOfDay(Formats.ZONE).toInstant();
        Instant decemberStarts = NOVEMBER.plusMonths(1).atStartOfDay(Formats.ZONE).toInstant();

        assertEquals(1, results.summarise(scope(vacancy, novemberStarts, decemberStarts)).answers());
        assertEquals(0, results.summarise(scope(vacancy, novemberStarts.plusSeconds(1), decemberStarts)).answers(),
                "November 1st began before the period did");
        Instant octoberStarts = NOVEMBER.minusMonths(1).atStartOfDay(Formats.ZONE).toInstant();
        assertEquals(2, results.summarise(scope(vacancy, octoberStarts, decemberStarts)).answers());
        assertEquals(1, results.summarise(scope(vacancy, octoberStarts.plusSeconds(1), decemberStarts)).answers());
        assertEquals(0, results.summarise(scope(vacancy, decemberStarts, decemberStarts.plusSeconds(86_400))).answers());
    }

    @Test
    void readsInTwoStatementsHoweverManyAnswers() {
        Vacancy few = aVacancy().published().persist();
        Vacancy many = aVacancy().published().persist();
        for (int i = 0; i < 10; i++) {
            response(few, ApplicationStatus.HIRED, NOVEMBER, i, 3, 3, 3, "Opmerking " + i);
        }
        for (int i = 0; i < 60; i++) {
            response(many, ApplicationStatus.values()[1 + i % 3], NOVEMBER, i % 11, 1 + i % 5, 3, 3, "Opmerking " + i);
        }

        assertEquals(2, statements(november(few)));
        assertEquals(2, statements(november(many)));
        assertEquals(10, results.summarise(november(many)).comments().size());
    }

    private long statements(FactScope scope) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        scheduler.pause();
        try {
            long fewest = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5; attempt++) {
                statistics.clear();
                results.summarise(scope);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            scheduler.resume();
        }
    }

    private static SurveySummary.OutcomeGroup group(SurveySummary summary, ApplicationStatus outcome) {
        return summary.outcomes().stream().filter(g -> g.outcome() == outcome).findFirst().orElseThrow();
    }

    private static FactScope november(Vacancy vacancy) {
        ZonedDateTime start = NOVEMBER.atStartOfDay(Formats.ZONE);
        return scope(vacancy, start.toInstant(), start.plusMonths(1).toInstant());
    }

    private static FactScope scope(Vacancy vacancy, Instant from, Instant to) {
        return new FactScope(from, to, vacancy.id, null, null, null);
    }
}
