package nl.werving.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static nl.werving.survey.TestSurveys.mailedInvitation;
import static nl.werving.survey.TestSurveys.responsesFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.Browser;
import nl.werving.vacancy.Vacancy;

/** The survey filled in Chromium on a phone and on a laptop: first sent half-answered, then complete. */
@QuarkusTest
class SurveyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aCandidateAnswersOnAPhone() {
        fillIn(true, "390");
    }

    @Test
    void aCandidateAnswersOnALaptop() {
        fillIn(false, "1366");
    }

    private static void fillIn(boolean phone, String width) {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker telecom (weekend)").published().persist();
        Application application = anApplication().to(vacancy).ended(ApplicationStatus.REJECTED).persist();
        String token = mailedInvitation(application, "nl");
        Page page = browser.newPage(phone);

        page.navigate("/survey/" + token);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hoe was solliciteren bij ons?"))).isVisible();
        Browser.assertAccessible(page, "survey");
        Browser.screenshot(page, "survey-" + width);

        page.locator("label[for=nps-8]").click();
        page.locator("label[for=clarity-4]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(page.locator("#f-speed-error")).containsText("Kies bij ‘Het proces ging snel genoeg’ een antwoord van 1 tot en met 5.");
        assertThat(page.locator("#nps-8")).isChecked();
        Browser.assertAccessible(page, "survey with errors");
        Browser.screenshot(page, "survey-errors-" + width);

        page.locator("label[for=speed-2]").click();
        page.locator("label[for=respect-5]").click();
        page.getByLabel("Wil je nog iets kwijt?").fill("De telefonische intake was prettig, daarna bleef het lang stil.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dank je wel!"))).isVisible();
        Browser.screenshot(page, "survey-thanks-" + width);
        assertEquals(1, responsesFor(vacancy));

        page.navigate("/survey/" + token);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deze link werkt niet meer"))).isVisible();
        Browser.screenshot(page, "survey-gone-" + width);
    }
}
