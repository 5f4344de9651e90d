package nl.werving.report;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.RejectionReason;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StageMove;
import nl.werving.privacy.CandidateRights;
import nl.werving.privacy.Purge;
import nl.werving.support.SqlStatements;
import nl.werving.survey.SurveyResponse;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * The reports read a seeded history with known answers: the funnel, times to outcome and per stage, sources (one source
 * brings half the hires), reasons, withdrawals and offers; small groups show "&lt; 5"; the CSV files carry the same
 * figures; a hiring manager sees only their own vacancies; the statement count does not grow with the rows; and every
 * figure is the same after all candidates are purged.
 */
@QuarkusTest
class ReportsTest {

    /** Monday 5 October 2026, 09:00 in the Netherlands. */
    static final Instant APPLIED = Instant.parse("2026-10-05T07:00:00Z");
    static final String OCTOBER = "from=2026-10-01&to=2026-10-31";

    @Inject
    SqlStatements statements;

    @Inject
    Purge purge;

    @Inject
    CandidateRights rights;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void knownHistoryGivesKnownFiguresAndTheSameAfterThePurge() {
        Vacancy vacancy = aVacancy().published().inTeam("Team Noord").inCity("Zwolle").persist();
        SeededHistory.seed(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String query = OCTOBER + "&vacancy=" + vacancy.id;

        String funnel = csv(recruiter, "funnel", query);
        assertTrue(funnel.startsWith("\uFEFFFase,Soort fase,Bereikt,Door naar volgende\r\n"), funnel);
        assertTrue(funnel.contains("Nieuw,Ontvangen,32,94%\r\n"), funnel);
        assertTrue(funnel.contains("Screening,In behandeling,30,40%\r\n"), funnel);
        assertTrue(funnel.contains("Aanbod,Aanbod,12,100%\r\n"), funnel);
        assertTrue(funnel.contains("Aangenomen,Aangenomen,12,–\r\n"), funnel);

        String outcomes = csv(recruiter, "outcomes", query);
        assertTrue(outcomes.contains("Aangenomen,12,\"12,0\",\"12,0\""), outcomes);
        assertTrue(outcomes.contains("Afgewezen,13,\"6,0\",\"6,0\""), outcomes);
        assertTrue(outcomes.contains("Ingetrokken,7,\"3,0\",\"3,0\""), outcomes);

        String stages = csv(recruiter, "stages", query);
        assertTrue(stages.contains("Nieuw,30,\"2,0\",\"2,0\",–,–\r\n"), stages);
        assertTrue(stages.contains("Screening,12,\"3,0\",\"3,0\",1 werkdag,12\r\n"), stages);
        assertTrue(stages.contains("Aanbod,12,\"2,0\",\"2,0\",–,–\r\n"), stages);

        String sources = csv(recruiter, "sources", query);
        assertTrue(sources.contains("Indeed,10,0,6,60%\r\n"), sources);
        assertTrue(sources.contains("Website,20,0,6,30%\r\n"), sources);
        assertTrue(sources.contains("Via medewerker,< 5,0,0,< 5\r\n"), sources);

        String reasons = csv(recruiter, "reasons", query);
        assertTrue(reasons.contains("Taalniveau onvoldoende,13,100%\r\n"), reasons);

        String withdrawals = csv(recruiter, "withdrawals", query);
        assertTrue(withdrawals.contains("Nieuw,< 5,< 5\r\n"), withdrawals);
        assertTrue(withdrawals.contains("Screening,5,\"3,0\"\r\n"), withdrawals);

        String offers = csv(recruiter, "offers", query);
        assertTrue(offers.contains("Aanbod gedaan,12,–\r\n"), offers);
        assertTrue(offers.contains("Aangenomen,12,100%\r\n"), offers);

        String survey = csv(recruiter, "survey", query);
        assertTrue(survey.contains("Antwoorden,10\r\n"), survey);
        assertTrue(survey.contains("NPS (-100 tot 100),30\r\n"), survey);
        assertTrue(survey.contains("Ik wist steeds waar ik stond (1–5),\"4,0\"\r\n"), survey);

        String sourcesPage = recruiter.get("/app/reports/sources?" + query).then().statusCode(200).extract().asString();
        assertTrue(sourcesPage.contains("<th scope=\"row\">Indeed</th><td>10</td><td>0</td><td>6</td><td>60%</td>"), "the table beside the chart");
        assertTrue(recruiter.get("/app/reports/survey?" + query).then().statusCode(200).extract().asString()
                .contains("<li>Snel antwoord en een eerlijk gesprek.</li>"), "the survey's latest comments");
        List<String> pages = Reports.NAMES.stream().map(name -> reportGrid(recruiter, name, query)).toList();

        // Every candidate of the history is purged or erased; every report reads the same.
        List<String> before = Reports.NAMES.stream().map(name -> csv(recruiter, name, query)).toList();
        TestClock.set(Instant.now().plus(Duration.ofDays(400)));
        purge.run("test");
        TestClock.reset();
        // Hired people stay past the term, as employees; they leave when they ask for erasure.
        QuarkusTransaction.requiringNew().call(() -> Application.<Application> list("vacancy.id = ?1 and candidate is not null", vacancy.id)
                .stream().map(application -> application.candidate.id).toList()).forEach(rights::erase);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Application.count("vacancy.id = ?1 and candidate is not null", vacancy.id)),
                "every candidate of the history purged");
        assertEquals(before, Reports.NAMES.stream().map(name -> csv(recruiter, name, query)).toList());
        assertEquals(pages, Reports.NAMES.stream().map(name -> reportGrid(recruiter, name, query)).toList(), "the pages after the purge");
    }

    @Test
    void aHiringManagerSeesOnlyTheirOwnVacancies() {
        Vacancy other = aVacancy().published().persist();
        SeededHistory.seed(other);
        AppUser manager = TestUsers.hiringManager();
        Vacancy own = aVacancy().published().managedBy(manager).persist();
        WebSession session = WebSession.as(manager);

        session.get("/app/reports?" + OCTOBER + "&vacancy=" + other.id).then().statusCode(200)
                .body(not(containsString("value=\"" + other.id + "\"")), containsString("value=\"" + own.id + "\""));
        session.get("/app/reports/sources?" + OCTOBER + "&vacancy=" + other.id).then().statusCode(200)
                .body(not(containsString(">Indeed</th>")), containsString("Geen gegevens in deze periode"));
        assertEquals("\uFEFFFase,Soort fase,Bereikt,Door naar volgende\r\n", csv(session, "funnel", OCTOBER + "&vacancy=" + other.id));
    }

    @Test
    void everyReportLoadsOnItsOwnAndOpensAsAPageWithoutJavaScript() {
        Vacancy vacancy = aVacancy().published().persist();
        SeededHistory.seed(vacancy);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String query = OCTOBER + "&vacancy=" + vacancy.id;

        String overview = recruiter.get("/app/reports?" + query).then().statusCode(200).extract().asString();
        for (String name : Reports.NAMES) {
            String address = "/app/reports/" + name + "?from=2026-10-01&amp;to=2026-10-31&amp;vacancy=" + vacancy.id;
            assertTrue(overview.contains("hx-get=\"" + address + "\""), name + " loads by itself");
            assertTrue(overview.contains("<a href=\"" + address + "\">Open dit rapport"), name + " opens without JavaScript");
        }
        assertTrue(!overview.contains("<table"), "the overview itself reads no figure");

        String fragment = recruiter.request().header("HX-Request", "true").get("/app/reports/sources?" + query).then().statusCode(200)
                .header("Vary", "HX-Request").extract().asString();
        assertTrue(fragment.strip().startsWith("<div class=\"wv-report-body\">"), fragment);
        assertTrue(fragment.contains("<th scope=\"row\">Indeed</th><td>10</td><td>0</td><td>6</td><td>60%</td>"), fragment);

        recruiter.get("/app/reports/sources?" + query).then().statusCode(200)
                .body(containsString("<h1>Rapportages</h1>"), containsString("Alle rapportages"),
                        containsString("<th scope=\"row\">Indeed</th><td>10</td>"), containsString("action=\"/app/reports/sources\""),
                        not(containsString("id=\"report-funnel\"")));
        recruiter.get("/app/reports/nonsense").then().statusCode(404);
    }

    @Test
    void theMigrationMeasuresTheStaysSoFarAsAMoveDoes() throws Exception {
        Vacancy vacancy = aVacancy().published().persist();
        SeededHistory.seed(vacancy);
        List<List<Object>> measured = stays(vacancy);
        assertTrue(measured.stream().anyMatch(stay -> stay.get(2) instanceof Integer days && days > 0), "stays of whole working days: " + measured);

        String migration;
        try (var file = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/migration/V48__pipeline_stay_lengths.sql")) {
            migration = new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String measure = migration.substring(migration.indexOf("update stage_move set")).strip().replaceAll(";$", "");
        QuarkusTransaction.requiringNew().run(() -> {
            StageMove.getEntityManager().createNativeQuery("""
                    update stage_move set stay_hours = null, stay_working_days = null
                    where application_id in (select id from application where vacancy_id = :vacancy)""")
                    .setParameter("vacancy", vacancy.id).executeUpdate();
            StageMove.getEntityManager().createNativeQuery(measure).executeUpdate();
        });

        assertEquals(measured, stays(vacancy), "V48 measures the moves made before it as a move measures itself");
    }

    /** Per move of the vacancy's history: id, hours and working days of the stay it ended. */
    private static List<List<Object>> stays(Vacancy vacancy) {
        return QuarkusTransaction.requiringNew().call(() -> StageMove.<StageMove> list("application.vacancy.id = ?1 order by id", vacancy.id)
                .stream().map(move -> Arrays.<Object> asList(move.id, move.stayHours, move.stayWorkingDays)).toList());
    }

    @Test
    void theStatementCountDoesNotGrowWithTheRows() {
        Vacancy vacancy = aVacancy().published().persist();
        AppUser recruiterUser = TestUsers.recruiter();
        WebSession recruiter = WebSession.as(recruiterUser);
        TestUsers.awaitLoginRecorded(recruiterUser);
        SeededHistory.seed(vacancy);
        Map<String, Long> few = statementsPerReport(recruiter, OCTOBER + "&vacancy=" + vacancy.id);

        SeededHistory.seed(vacancy);
        SeededHistory.seed(vacancy);

        assertEquals(few, statementsPerReport(recruiter, OCTOBER + "&vacancy=" + vacancy.id), "statements for 32 and for 96 applications");
    }

    @Test
    void aWrongFilterIsToldBesideItsField() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.get("/app/reports?from=2026-10-31&to=2026-10-01").then().statusCode(400)
                .body(containsString("id=\"f-to-error\""), containsString("De einddatum ligt voor de begindatum."));
        recruiter.get("/app/reports?from=31-10-2026").then().statusCode(400)
                .body(containsString("id=\"f-from-error\""), containsString("Vul een geldige datum in"));
        recruiter.language("en").get("/app/reports?vacancy=abc").then().statusCode(400)
                .body(containsString("id=\"f-vacancy-error\""), containsString("Choose a vacancy from the list."));
        recruiter.get("/app/reports/nonsense.csv").then().statusCode(404);
        recruiter.get("/app/reports/funnel.csv?to=gisteren").then().statusCode(400);
    }

    @Test
    void theCsvIsADownloadThatNoSpreadsheetRunsAsAFormula() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.get("/app/reports/reasons.csv?" + OCTOBER).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"werving-reasons-2026-10-01-2026-10-31.csv\"");
        assertEquals("'=SUM(A1)", Csv.field("=SUM(A1)"));
        assertEquals("\"3,5\"", Csv.field("3,5"));
        assertEquals("\"zeg \"\"hallo\"\"\"", Csv.field("zeg \"hallo\""));
    }

    private static String csv(WebSession session, String name, String query) {
        return session.get("/app/reports/" + name + ".csv?" + query).then().statusCode(200).extract().asString();
    }

    /** The figures of one report's own page, from its grid on (the page's CSRF token left out). */
    private static String reportGrid(WebSession session, String name, String query) {
        return session.get("/app/reports/" + name + "?" + query).then().statusCode(200).extract().asString()
                .replaceAll("(?s).*(<div class=\"wv-report-grid\">.*)", "$1").replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
    }

    private Map<String, Long> statementsPerReport(WebSession session, String query) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Reports.NAMES.forEach(name -> counts.put(name, statements.forPage(session, "/app/reports/" + name + "?" + query)));
        return counts;
    }

    /**
     * The seeded history of one vacancy, all applied on {@link #APPLIED}: 10 from Indeed (6 hired, 4 rejected), 20 from
     * the website (6 hired, 9 rejected, 5 withdrawn in Screening), 2 referrals withdrawn in Nieuw. Hired: Nieuw 2 days,
     * Screening 3, Interview 5, Aanbod 2, hired on day 12. Rejected: to Screening after 2 days, rejected on day 6 for
     * "Taalniveau onvoldoende". Withdrawn in Screening on day 3, in Nieuw on day 1. Screening allows 1 working day.
     */
    static final class SeededHistory {

        static void seed(Vacancy vacancy) {
            QuarkusTransaction.requiringNew().run(() -> Stage.<Stage> list("vacancy.id = ?1 and sortOrder = 2", vacancy.id)
                    .forEach(stage -> stage.timeLimitDays = 1));
            for (int i = 0; i < 10; i++) {
                path(vacancy, SourceChannel.INDEED, i < 6 ? ApplicationStatus.HIRED : ApplicationStatus.REJECTED);
            }
            for (int i = 0; i < 20; i++) {
                path(vacancy, SourceChannel.SITE, i < 6 ? ApplicationStatus.HIRED : i < 15 ? ApplicationStatus.REJECTED : ApplicationStatus.WITHDRAWN);
            }
            for (int i = 0; i < 2; i++) {
                long id = applied(vacancy, SourceChannel.REFERRAL, 1).get(0);
                end(id, ApplicationStatus.WITHDRAWN, 1);
            }
            // Ten survey answers in October: 5 promoters, 3 passives, 2 detractors (NPS 30), all feeling informed (4).
            int[] scores = { 10, 9, 9, 10, 9, 8, 7, 8, 3, 5 };
            QuarkusTransaction.requiringNew().run(() -> {
                for (int score : scores) {
                    SurveyResponse.of(Vacancy.findById(vacancy.id), ApplicationStatus.REJECTED, LocalDate.of(2026, 10, 1), score, 4, 3, 5,
                            score == 10 ? "Snel antwoord en een eerlijk gesprek." : null).persist();
                }
            });
        }

        static List<Long> applied(Vacancy vacancy, SourceChannel source, int count) {
            return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
                Application application = anApplication().to(vacancy).from(source).persist();
                QuarkusTransaction.requiringNew().run(() -> {
                    Application found = Application.findById(application.id);
                    found.appliedAt = APPLIED;
                    found.stageEnteredAt = APPLIED;
                    Candidate.<Candidate> findById(found.candidate.id).createdAt = APPLIED;
                });
                return application.id;
            }).toList();
        }

        private static void path(Vacancy vacancy, SourceChannel source, ApplicationStatus outcome) {
            long id = applied(vacancy, source, 1).get(0);
            move(id, 2, 2);
            switch (outcome) {
                case HIRED -> {
                    move(id, 5, 5);
                    move(id, 7, 10);
                    move(id, 8, 12);
                    end(id, outcome, 12);
                }
                case REJECTED -> end(id, outcome, 6);
                default -> end(id, outcome, 3);
            }
        }

        private static void move(long applicationId, int toSortOrder, int onDay) {
            QuarkusTransaction.requiringNew().run(() -> {
                Application application = Application.findById(applicationId);
                Stage to = Stage.find("vacancy.id = ?1 and sortOrder = ?2", application.vacancy.id, toSortOrder).firstResult();
                StageMove move = new StageMove();
                move.application = application;
                move.fromStageId = application.stage.id;
                move.toStageId = to.id;
                move.movedAt = APPLIED.plus(Duration.ofDays(onDay));
                move.enteredAt = application.stageEnteredAt;
                move.persist();
                application.enter(to, move.movedAt);
            });
        }

        private static void end(long applicationId, ApplicationStatus outcome, int onDay) {
            QuarkusTransaction.requiringNew().run(() -> {
                Application application = Application.findById(applicationId);
                application.status = outcome;
                application.endedAt = APPLIED.plus(Duration.ofDays(onDay));
                if (outcome == ApplicationStatus.REJECTED) {
                    application.rejectionReason = RejectionReason.findById(2L);
                }
            });
        }
    }
}
