package nl.werving.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.report.CalibrationTest.History;
import nl.werving.support.Browser;
import nl.werving.support.TestUsers;

/** The calibration page in Chromium, at desktop and phone width, with screenshots in target/screenshots. */
@QuarkusTest
class CalibrationBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void adminReadsTheLeniencyOfTheMildInterviewer() {
        History history = History.seed(2018);
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(TestUsers.admin(), phone);

            page.navigate(history.page());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kalibratie van interviewers"))).isVisible();
            Locator lieke = page.locator("#leniency tr[data-interviewer=\"" + history.lieke().id + "\"]");
            assertThat(lieke.locator("td").first()).containsText("+1,0 milder · n = 9");
            assertThat(lieke.locator("td").last()).containsText("+1,0 milder · n = 9");
            assertThat(page.locator("#drift tr[data-interviewer=\"" + history.lieke().id + "\"]"))
                    .containsText("te weinig gedeelde kandidaten (3)");
            // The wide tables scroll inside their card; the page itself never gets wider than the window.
            assertTrue((boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                    "the page does not overflow at " + size);
            Browser.assertAccessible(page, "calibration");
            Browser.screenshot(page, "calibration-" + size);

            page.navigate(CalibrationResource.PAGE + "?from=1998-01-01&to=1998-12-31");
            assertThat(page.getByText("Nog geen ingediende scorecards in deze periode")).isVisible();
            Browser.screenshot(page, "calibration-empty-" + size);
            page.context().close();
        }
    }
}
