package nl.werving.report;

import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.interview.CalibrationFacts;
import nl.werving.interview.Interview;
import nl.werving.interview.InterviewKind;
import nl.werving.interview.InterviewStatus;
import nl.werving.interview.Interviews;
import nl.werving.interview.Recommendation;
import nl.werving.interview.Scorecard;
import nl.werving.interview.ScorecardRating;
import nl.werving.interview.ScorecardStatus;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.privacy.Purge;
import nl.werving.support.SqlStatements;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/**
 * The calibration report over a known history. Every test writes its scorecards in a year of its own, long past, and
 * asks for that year: other tests' scorecards (all submitted now) stay out of the figures.
 */
@QuarkusTest
class CalibrationTest {

    @Inject
    SqlStatements statements;

    @Inject
    Purge purge;

    /**
     * Nine candidates, each interviewed by the same three people on all eight competencies of the kit. Bram and Cor give
     * 2, 3 or 4 (cycling); Lieke gives one point more on every competency. So Lieke's leniency is +1.0 on each (n = 9), and
     * Bram's and Cor's −0.5 (their rating minus the mean of the other two, x − (x + x + 1)/2). Six candidates were scored
     * in the first quarter and three in the second: Lieke's second quarter rests on 3 candidates, too few.
     * <p>
     * Outcomes: candidates 0–5 hired, 6–7 rejected, 8 still running. Lieke always advised yes (6 of 8 ended procedures
     * match: 75%), Bram yes for the hired and no for the rest (8 of 8: 100%), Cor always no (2 of 8: 25%).
     * <p>
     * Agreement per competency, Krippendorff's alpha: each candidate's ratings are (x, x, x + 1); observed disagreement
     * 9 · (4/2) / 27 = 2/3; the 27 values are six 2s, nine 3s, nine 4s and three 5s: Σv = 90, Σv² = 324, expected
     * 2(27·324 − 90²) / (27·26) = 1296/702; alpha = 1 − (2/3)/(1296/702) = 0.639, shown as 0,64.
     */
    record History(int year, Vacancy vacancy, AppUser lieke, AppUser bram, AppUser cor, List<Application> applications) {

        static History seed(int year) {
            return seed(year, 9);
        }

        /** The history above, or (more than nine) further hired candidates in the first quarter, for counting statements. */
        static History seed(int year, int candidates) {
            String unique = UUID.randomUUID().toString().substring(0, 4);
            AppUser lieke = named(TestUsers.withRoles(Roles.HIRING_MANAGER), "Lieke Zacht " + unique);
            AppUser bram = named(TestUsers.withRoles(Roles.HIRING_MANAGER), "Bram Midden " + unique);
            AppUser cor = named(TestUsers.withRoles(Roles.RECRUITER), "Cor Recht " + unique);
            Vacancy vacancy = aVacancy().titled("Klantenservice kalibratie " + unique).published().persist();
            List<Long> kit = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(Interviews.class).get()
                    .kit(vacancy.id).stream().map(competency -> competency.id).toList());
            List<Application> applications = new ArrayList<>();
            for (int k = 0; k < candidates; k++) {
                ApplicationStatus outcome = k < 6 || k >= 9 ? ApplicationStatus.HIRED : k < 8 ? ApplicationStatus.REJECTED
                        : ApplicationStatus.ACTIVE;
                Application application = anApplication().to(vacancy).ended(outcome).persist();
                applications.add(application);
                LocalDate day = LocalDate.of(year, k < 6 || k >= 9 ? 2 : 5, 10 + k % 6);
                Instant submitted = day.atTime(LocalTime.of(14, 0)).atZone(Formats.ZONE).toInstant();
                int x = 2 + k % 3;
                boolean hired = outcome == ApplicationStatus.HIRED;
                interview(application, submitted, kit, lieke, x + 1, Recommendation.YES, bram, x,
                        hired ? Recommendation.STRONG_YES : Recommendation.NO, cor, x, Recommendation.STRONG_NO);
            }
            return new History(year, vacancy, lieke, bram, cor, applications);
        }

        String page() {
            return CalibrationResource.PAGE + "?from=" + year + "-01-01&to=" + year + "-12-31";
        }

        String csv() {
            return CalibrationResource.PAGE + ".csv?from=" + year + "-01-01&to=" + year + "-12-31";
        }

        private static AppUser named(AppUser user, String name) {
            QuarkusTransaction.requiringNew().run(() -> AppUser.<AppUser> findById(user.id).displayName = name);
            user.displayName = name;
            return user;
        }

        /** One interview with three submitted scorecards: (interviewer, rating on every competency, advice) three times. */
        private static void interview(Application application, Instant submitted, List<Long> kit, Object... scorecards) {
            QuarkusTransaction.requiringNew().run(() -> {
                Interview interview = new Interview();
                interview.application = Application.findById(application.id);
                interview.startsAt = submitted.minus(Duration.ofHours(2));
                interview.durationMinutes = 45;
                interview.location = "Kantoor Utrecht";
                interview.status = InterviewStatus.SCHEDULED;
                interview.kind = InterviewKind.FINAL;
                interview.calendarUid = UUID.randomUUID() + "@werving.test";
                interview.createdBy = ((AppUser) scorecards[0]).id;
                interview.createdAt = interview.startsAt.minus(Duration.ofDays(3));
                for (int i = 0; i < scorecards.length; i += 3) {
                    interview.interviewers.add(AppUser.findById(((AppUser) scorecards[i]).id));
                }
                interview.persist();
                for (int i = 0; i < scorecards.length; i += 3) {
                    Scorecard scorecard = new Scorecard();
                    scorecard.interview = interview;
                    scorecard.application = interview.application;
                    scorecard.interviewer = AppUser.findById(((AppUser) scorecards[i]).id);
                    scorecard.status = ScorecardStatus.SUBMITTED;
                    scorecard.recommendation = (Recommendation) scorecards[i + 2];
                    scorecard.createdAt = interview.startsAt;
                    scorecard.submittedAt = submitted;
                    for (long competency : kit) {
                        ScorecardRating rating = new ScorecardRating();
                        rating.scorecard = scorecard;
                        rating.competencyId = competency;
                        rating.rating = (int) scorecards[i + 1];
                        scorecard.ratings.add(rating);
                    }
                    scorecard.persist();
                }
                Arc.container().instance(CalibrationFacts.class).get().refresh(application.id);
            });
        }
    }

    @Test
    void theMigrationWritesTheFactsSubmittingWrites() throws Exception {
        History history = History.seed(2019);
        List<Long> applications = history.applications().stream().map(application -> application.id).toList();
        List<List<Object>> written = calibrationFacts(applications);
        assertEquals(9 * 3 * 8, written.size(), "a fact per interviewer and competency of each candidate");

        String migration;
        try (var file = Thread.currentThread().getContextClassLoader().getResourceAsStream("db/migration/V47__interview_calibration_facts.sql")) {
            migration = new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String fill = migration.substring(migration.indexOf("insert into calibration_fact")).strip().replaceAll(";$", "");
        QuarkusTransaction.requiringNew().run(() -> {
            Scorecard.getEntityManager().createNativeQuery("delete from calibration_fact").executeUpdate();
            Scorecard.getEntityManager().createNativeQuery(fill).executeUpdate();
        });

        assertEquals(written, calibrationFacts(applications), "V47 fills the table as submitting does");
    }

    private static List<List<Object>> calibrationFacts(List<Long> applications) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = Scorecard.getEntityManager().createNativeQuery("""
                    select application_id, interviewer_id, competency, vacancy_id, rated_quarter, rating, colleagues, difference,
                        disagreement, share_of_application, share_of_interview
                    from calibration_fact where application_id in (:applications) order by application_id, interviewer_id, competency""")
                    .setParameter("applications", applications).getResultList();
            return rows.stream().map(row -> Arrays.stream(row).map(value -> value instanceof Number number
                    ? (Object) (Math.round(number.doubleValue() * 1e9) / 1e9) : value).toList()).toList();
        });
    }

    @Test
    void shouldShowEachInterviewersLeniencyAgreementDriftAndAdvice() {
        History history = History.seed(2011);
        WebSession admin = WebSession.as(TestUsers.admin());

        String page = admin.get(history.page()).then().statusCode(200).extract().asString();

        String lieke = row(page, "leniency", history.lieke());
        assertTrue(lieke.startsWith(history.lieke().displayName), lieke);
        assertEquals(9, occurrences(lieke, "+1,0 milder · n = 9"), "eight competencies and all together: " + lieke);
        for (AppUser colleague : List.of(history.bram(), history.cor())) {
            assertEquals(9, occurrences(row(page, "leniency", colleague), "-0,5 strenger · n = 9"), colleague.displayName);
        }

        String drift = row(page, "drift", history.lieke());
        assertTrue(drift.contains("+1,0 milder · n = 6"), drift);
        assertTrue(drift.contains("te weinig gedeelde kandidaten (3)"), drift);
        assertTrue(page.contains("2011 K1") && page.contains("2011 K2"), "the quarters head the columns");

        assertEquals(history.lieke().displayName + " 75% 6 van 8 procedures", row(page, "advice", history.lieke()));
        assertEquals(history.bram().displayName + " 100% 8 van 8 procedures", row(page, "advice", history.bram()));
        assertEquals(history.cor().displayName + " 25% 2 van 8 procedures", row(page, "advice", history.cor()));

        String agreement = table(page, "agreement");
        assertEquals(8, occurrences(agreement, "0,64 onvoldoende 9 27"), agreement);
        assertTrue(agreement.contains("Alle competenties 0,63 onvoldoende 9 216"), agreement);
        assertTrue(page.contains("Krippendorff"), "the page names its statistic");
    }

    @Test
    void shouldServeTheSameFiguresAsCsv() {
        History history = History.seed(2012);
        WebSession admin = WebSession.as(TestUsers.admin());

        Response response = admin.get(history.csv());

        response.then().statusCode(200).contentType(containsString("text/csv")).contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString("filename=\"kalibratie-2012-01-01-2012-12-31.csv\""));
        List<String> lines = Arrays.asList(response.asString().split("\r\n"));
        assertEquals(CalibrationCsv.HEADER, lines.get(0));
        String lieke = history.lieke().displayName;
        assertEquals(9, lines.stream().filter(line -> line.startsWith(lieke + ",leniency,") && line.endsWith(",+1.0,9,,")).count(),
                String.join("\n", lines));
        assertEquals(9, lines.stream().filter(line -> line.startsWith(history.cor().displayName + ",leniency,")
                && line.endsWith(",-0.5,9,,")).count());
        assertTrue(lines.contains(lieke + ",leniency by quarter,2012-Q1,+1.0,6,,"));
        assertTrue(lines.contains(lieke + ",leniency by quarter,2012-Q2,,3,,too few"), "withheld as on the page");
        assertTrue(lines.contains(lieke + ",advice matched outcome (%),,75,8,,"));
        assertTrue(lines.contains(history.bram().displayName + ",advice matched outcome (%),,100,8,,"));
        assertTrue(lines.contains(",krippendorff alpha (interval),all competencies,0.63,9,216,"));
        assertEquals(8, lines.stream().filter(line -> line.startsWith(",krippendorff alpha (interval),") && line.endsWith(",0.64,9,27,"))
                .count());
    }

    @Test
    void shouldShowAnInterviewerWhoIsNoAdminTheirOwnRowsOnly() {
        History history = History.seed(2013);
        WebSession bram = WebSession.as(history.bram());

        String page = bram.get(history.page() + "&interviewer=" + history.lieke().id).then().statusCode(200).extract().asString();

        assertEquals(9, occurrences(row(page, "leniency", history.bram()), "-0,5 strenger · n = 9"));
        assertFalse(page.contains(history.lieke().displayName), "a colleague's name");
        assertFalse(page.contains(history.cor().displayName), "a colleague's name");
        assertFalse(page.contains("data-interviewer=\"" + history.lieke().id + "\""));
        assertFalse(page.contains("name=\"interviewer\""), "no interviewer to choose");
        assertTrue(page.contains("Je ziet je eigen cijfers"));

        String csv = bram.get(history.csv() + "&interviewer=" + history.lieke().id).then().statusCode(200).extract().asString();
        assertFalse(csv.contains(history.lieke().displayName));
        assertTrue(csv.contains(history.bram().displayName + ",leniency,"));
    }

    @Test
    void shouldLetAnAdminPickOneInterviewer() {
        History history = History.seed(2014);
        WebSession admin = WebSession.as(TestUsers.admin());

        String page = admin.get(history.page() + "&interviewer=" + history.cor().id).then().statusCode(200).extract().asString();

        assertEquals(9, occurrences(row(page, "leniency", history.cor()), "-0,5 strenger · n = 9"));
        assertFalse(page.contains("data-interviewer=\"" + history.lieke().id + "\""));
        assertTrue(page.contains("<option value=\"" + history.cor().id + "\" selected>"), "the choice is kept");
    }

    @Test
    void shouldSayWhenThereIsNothingToCalibrate() {
        WebSession admin = WebSession.as(TestUsers.admin());

        admin.get(CalibrationResource.PAGE + "?from=1999-01-01&to=1999-12-31").then().statusCode(200)
                .body(containsString("Nog geen ingediende scorecards in deze periode"))
                .body(not(containsString("id=\"leniency\"")));
        admin.get(CalibrationResource.PAGE + "?from=1999-13-01&to=1999-12-31").then().statusCode(400)
                .body(containsString("Vul een geldige datum in"));
        admin.get(CalibrationResource.PAGE + "?from=1999-12-01&to=1999-01-31").then().statusCode(400)
                .body(containsString("De einddatum ligt voor de begindatum."));
    }

    @Test
    void shouldDefaultToTheLastTwelveMonths() {
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        String page = recruiter.get(CalibrationResource.PAGE).then().statusCode(200).extract().asString();

        LocalDate today = LocalDate.now(Formats.ZONE);
        assertTrue(page.contains("value=\"" + today.minusMonths(12) + "\""), "from");
        assertTrue(page.contains("value=\"" + today + "\""), "to");
    }

    @Test
    void shouldNotNeedMoreStatementsForMoreScorecards() {
        History few = History.seed(2015, 9);
        History many = History.seed(2016, 30);
        AppUser adminUser = TestUsers.admin();
        WebSession admin = WebSession.as(adminUser);
        TestUsers.awaitLoginRecorded(adminUser);

        assertEquals(statements.forPage(admin, few.page()), statements.forPage(admin, many.page()),
                "SQL statements for 9 and for 30 candidates with three scorecards each");
    }

    @Test
    void shouldKeepTheFiguresWhenTheCandidatesArePurged() {
        History history = History.seed(2017);
        WebSession admin = WebSession.as(TestUsers.admin());
        String pageBefore = admin.get(history.page()).then().statusCode(200).extract().asString();
        String csvBefore = admin.get(history.csv()).then().statusCode(200).extract().asString();

        // The rejected candidates are past the retention term a month from now; the hired ones go to HR, not the purge.
        Instant later = Instant.now().plus(Duration.ofDays(30));
        for (Application rejected : history.applications().subList(6, 8)) {
            assertTrue(purge.purge(rejected.candidate.id, later), "purged");
            assertNull(QuarkusTransaction.requiringNew().call(() -> Application.<Application> findById(rejected.id).candidate));
        }

        assertEquals(csvBefore, admin.get(history.csv()).then().statusCode(200).extract().asString());
        String pageAfter = admin.get(history.page()).then().statusCode(200).extract().asString();
        for (String table : List.of("leniency", "agreement", "drift", "advice")) {
            assertEquals(table(pageBefore, table), table(pageAfter, table), table);
        }
        assertEquals(history.lieke().displayName + " 75% 6 van 8 procedures", row(pageAfter, "advice", history.lieke()));
    }

    /** The text of a table, tags stripped and white space collapsed. */
    static String table(String page, String id) {
        Matcher table = Pattern.compile("<table[^>]*id=\"" + id + "\".*?</table>", Pattern.DOTALL).matcher(page);
        assertTrue(table.find(), "table " + id);
        return text(table.group());
    }

    /** The text of one interviewer's row in a table. */
    static String row(String page, String tableId, AppUser interviewer) {
        Matcher table = Pattern.compile("<table[^>]*id=\"" + tableId + "\".*?</table>", Pattern.DOTALL).matcher(page);
        assertTrue(table.find(), "table " + tableId);
        Matcher row = Pattern.compile("<tr data-interviewer=\"" + interviewer.id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(table.group());
        assertTrue(row.find(), interviewer.displayName + " in " + tableId);
        return text(row.group(1));
    }

    private static String text(String html) {
        return html.replaceAll("<span class=\"visually-hidden\">.*?</span>", " ").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("\u00a0", " ").replaceAll("\\s+", " ").strip();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
