package nl.werving.careers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Browser;
import nl.werving.support.SmtpServer;
import nl.werving.vacancy.Language;

/**
 * The job list with 55 vacancies on a phone and a laptop: search, "more", a card's hours and weekends, then signing up
 * for job alerts from the search. Every page passes axe-core without serious or critical violations.
 */
@QuarkusTest
class CareersListBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void visitorSearchesManyVacanciesAndSignsUpForAlerts() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 55; i++) {
            var vacancy = aVacancy().titled("Klantenservice medewerker telecom " + marker + "-" + i).inTeam("Klantenservice Zakelijk")
                    .inCity(i % 3 == 0 ? "Gent" : "Utrecht").hours(i % 2 == 0 ? 16 : 32, i % 2 == 0 ? 24 : 38);
            if (i % 4 == 0) {
                vacancy.withWeekendWork();
            }
            if (i % 5 == 0) {
                vacancy.translated(Language.EN, "Customer service agent telecom " + marker + "-" + i, "Answer calls");
            }
            vacancy.published().persist();
        }
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Page page = browser.newPage(phone);

            page.navigate("/jobs");
            page.getByLabel("Zoeken").fill("telecom " + marker);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            assertThat(page.getByText("55 vacatures")).isVisible();
            assertThat(page.locator(".wv-job-card")).hasCount(20);
            Browser.assertAccessible(page, "jobs search");
            Browser.screenshot(page, "careers-jobs-search-" + size);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("careers-jobs-search-first-screen-" + size + ".png")));

            page.locator(".wv-job-card").nth(3).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(Browser.SCREENSHOTS.resolve("careers-job-card-weekend-" + size + ".png")));
            assertThat(page.locator(".wv-job-card").nth(3)).containsText("Rooster: weekenden");

            page.getByText("Meer vacatures (20 van 55 getoond)").click();
            assertThat(page.locator(".wv-job-card")).hasCount(40);
            assertThat(page.locator("#job-21")).isInViewport();

            page.getByText("Mail mij nieuwe vacatures").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nieuwe vacatures per mail"))).isVisible();
            assertThat(page.getByLabel("Zoeken")).hasValue("telecom " + marker);
            page.getByLabel("E-mailadres").fill("lotte");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld me aan")).click();
            assertThat(page.getByText("Vul een geldig e-mailadres in").first()).isVisible();
            Browser.assertAccessible(page, "alert form errors");
            Browser.screenshot(page, "careers-alert-errors-" + size);

            String email = "lotte.jansen." + size + "." + marker + "@voorbeeld.nl";
            page.getByLabel("E-mailadres").fill(email);
            page.getByLabel("Geen weekendwerk").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meld me aan")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kijk in je mail"))).isVisible();
            Browser.assertAccessible(page, "alert sent");
            Browser.screenshot(page, "careers-alert-sent-" + size);

            String mail = SmtpServer.text(SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(20)).get(0));
            var confirm = JobAlertFlowTest.CONFIRM_LINK.matcher(mail);
            assertTrue(confirm.find(), mail);
            page.navigate(confirm.group());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, stuur me nieuwe vacatures")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Je bent aangemeld"))).isVisible();
            Browser.assertAccessible(page, "alert confirmed");
            Browser.screenshot(page, "careers-alert-confirmed-" + size);
            page.context().close();
        }
    }

    @Test
    void anEnglishVisitorSeesTheDutchTextMarkedAsSuch() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        var vacancy = aVacancy().titled("Medewerker klantcontact energie " + marker).published().persist();
        Page page = browser.newPage(true);
        page.navigate("/language?lang=en&return=%2Fjobs%2F" + vacancy.slug);
        assertThat(page.getByText("This vacancy is only available in Dutch.")).isVisible();
        assertThat(page.locator("h1[lang=nl]")).hasText(vacancy.title);
        Browser.assertAccessible(page, "job in another language");
        Browser.screenshot(page, "careers-job-fallback-390");
        page.context().close();
    }

    @Test
    void recruiterWritesTheEnglishTextInItsOwnSection() {
        var vacancy = aVacancy().titled("Klantenservice medewerker retour " + UUID.randomUUID().toString().substring(0, 4)).persist();
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(nl.werving.support.TestUsers.recruiter(), phone);
            page.navigate("/app/vacancies/" + vacancy.id + "/edit");
            if (!page.locator("#f-titleEn").isVisible()) {
                // Folded while the language is empty; open once it has a text.
                page.getByText("Tekst in het Engels").click();
            }
            page.locator("#f-titleEn").fill("Customer service agent returns " + size);
            page.locator("#f-tasksEn").fill("x".repeat(4001));
            page.locator("form.wv-form button[type=submit]").last().click();
            assertThat(page.getByText("Maximaal 4000 tekens.").first()).isVisible();
            assertThat(page.locator("#f-titleEn")).hasValue("Customer service agent returns " + size);
            Browser.assertAccessible(page, "vacancy form translation error");
            page.locator("#f-tasksEn").scrollIntoViewIfNeeded();
            Browser.screenshotOfWindow(page, "vacancy-form-translation-error-" + size);
            page.locator("#f-tasksEn").fill("Handle returns\nAnswer customers");
            page.locator("form.wv-form button[type=submit]").last().click();
            page.waitForURL("**/app/vacancies/" + vacancy.id);
            assertTrue(nl.werving.support.TestVacancies.reload(vacancy.id).textIn(Language.EN).orElseThrow().title.endsWith(size));
            page.context().close();
        }
    }
}
