package nl.werving.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.privacy.CandidateRights;
import nl.werving.privacy.Purge;
import nl.werving.report.ReportsTest.SeededHistory;
import nl.werving.support.Browser;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/**
 * The reports page in Chromium: charts drawn, tables beside them, the known answers read at desktop width, then read
 * again at phone width after every candidate of the history is purged. Screenshots in target/screenshots.
 */
@QuarkusTest
class ReportsBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    Purge purge;

    @Inject
    CandidateRights rights;

    @Test
    void aRecruiterReadsTheSeededHistoryBeforeAndAfterEveryoneIsPurged() {
        Vacancy vacancy = aVacancy().published().titled("Klantenservice medewerker rapportage").persist();
        SeededHistory.seed(vacancy);
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(TestUsers.recruiter(), phone);

            page.navigate("/app/reports?" + ReportsTest.OCTOBER + "&vacancy=" + vacancy.id);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rapportages").setExact(true))).isVisible();
            assertThat(page.locator("#report-sources .wv-report-table tbody tr").first()).containsText("Website");
            assertThat(page.locator("#report-sources .wv-report-table tbody tr", new Page.LocatorOptions().setHasText("Indeed")).locator("td").last())
                    .hasText("60%");
            // uPlot drew a canvas for every report with a chart, under the strict CSP.
            assertThat(page.locator("#report-funnel .wv-chart canvas")).hasCount(1);
            assertThat(page.locator(".wv-chart canvas")).hasCount(5);
            // Every card filled by its own request.
            assertThat(page.locator(".wv-report-pending")).hasCount(0);
            assertThat(page.locator(".wv-report-body")).hasCount(Reports.NAMES.size());
            assertTrue((boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                    "the page does not overflow at " + size);
            Browser.assertAccessible(page, "reports");
            Browser.screenshot(page, "reports-" + size);

            // One report as its own page: where a card's link leads without JavaScript.
            page.navigate("/app/reports/sources?" + ReportsTest.OCTOBER + "&vacancy=" + vacancy.id);
            assertThat(page.locator(".wv-report")).hasCount(1);
            assertThat(page.locator("#report-sources .wv-chart canvas")).hasCount(1);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alle rapportages"))).isVisible();
            Browser.screenshot(page, "report-sources-" + size);

            page.navigate("/app/reports?from=1998-01-01&to=1998-12-31");
            assertThat(page.locator("#report-funnel")).containsText("Geen gegevens in deze periode");
            assertThat(page.locator(".wv-report-pending")).hasCount(0);
            Browser.screenshot(page, "reports-empty-" + size);
            page.context().close();
            if (!phone) {
                purgeEveryone(vacancy);
            }
        }
    }

    /** Every candidate of the history purged, or erased where the purge keeps them (the hired): the phone reads after this. */
    private void purgeEveryone(Vacancy vacancy) {
        TestClock.set(Instant.now().plus(Duration.ofDays(400)));
        try {
            purge.run("test");
        } finally {
            TestClock.reset();
        }
        QuarkusTransaction.requiringNew().call(() -> Application.<Application> list("vacancy.id = ?1 and candidate is not null", vacancy.id)
                .stream().map(application -> application.candidate.id).toList()).forEach(rights::erase);
    }
}
