package nl.werving.careers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Browser;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestFiles;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;

/**
 * A candidate in Chromium on a phone and on a desktop: finds a vacancy, applies with a mistake first,
 * then properly. Every page passes axe-core without serious or critical violations.
 */
@QuarkusTest
class CareersBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void candidateFindsAVacancyAndApplies() {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie en water " + UUID.randomUUID().toString().substring(0, 4))
                .requiring(Language.EN, LanguageLevel.B1).published().persist();
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Page page = browser.newPage(phone);

            page.navigate("/");
            Browser.assertAccessible(page, "home");
            Browser.assertNoSidewaysScroll(page, "home at " + size);
            Browser.screenshot(page, "careers-home-" + size);

            page.navigate("/jobs");
            assertThat(page.getByText(vacancy.title)).isVisible();
            Browser.assertAccessible(page, "jobs");
            Browser.screenshot(page, "careers-jobs-" + size);

            page.getByText(vacancy.title).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(vacancy.title))).isVisible();
            Browser.assertAccessible(page, "job");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("careers-job-first-screen-" + size + ".png")));
            Browser.screenshot(page, "careers-job-" + size);

            page.getByLabel("Naam").fill("Noor Bakker");
            page.getByLabel("E-mailadres").fill("noor.bakker." + size + "@voorbeeld");
            page.getByLabel("Telefoonnummer").fill("06 87654321");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuur sollicitatie")).click();
            assertThat(page.getByText("Voeg je cv toe, als PDF of Word-bestand (.docx).").first()).isVisible();
            assertThat(page.getByLabel("Naam")).hasValue("Noor Bakker");
            Browser.assertAccessible(page, "apply errors");
            Browser.screenshot(page, "careers-apply-errors-" + size);

            page.getByLabel("E-mailadres").fill("noor.bakker." + size + "@voorbeeld.nl");
            page.getByLabel("Cv").setInputFiles(new FilePayload("cv-noor.pdf", "application/pdf", TestFiles.pdf()));
            page.getByLabel("Hoe ken je ons?").selectOption("LINKEDIN");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuur sollicitatie")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bedankt voor je sollicitatie!"))).isVisible();
            Browser.assertAccessible(page, "applied");
            Browser.assertNoSidewaysScroll(page, "applied at " + size);
            Browser.screenshot(page, "careers-applied-" + size);

            String mail = SmtpServer.text(SmtpServer.awaitMessagesTo("noor.bakker." + size + "@voorbeeld.nl", 1, Duration.ofSeconds(20)).get(0));
            Matcher link = ApplyFlowTest.STATUS_LINK.matcher(mail);
            assertTrue(link.find(), mail);
            page.navigate(link.group());
            assertThat(page.getByText("Ontvangen").first()).isVisible();
            Browser.assertAccessible(page, "status");
            Browser.screenshot(page, "careers-status-" + size);
            page.getByText("Sollicitatie intrekken").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, trek in")).click();
            assertThat(page.getByText("Je sollicitatie is ingetrokken.")).isVisible();
            Browser.screenshot(page, "careers-status-withdrawn-" + size);
            page.context().close();
        }
    }

    @Test
    void aCandidateWhoWritesTooMuchKeepsWhatTheyTyped() {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker chat " + UUID.randomUUID().toString().substring(0, 4))
                .published().persist();
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Page page = browser.newPage(phone);
            page.navigate("/jobs/" + vacancy.slug);

            String name = "Noor Bakker-van der Meulen ".repeat(10).strip();
            page.getByLabel("Naam").fill(name);
            page.getByLabel("E-mailadres").fill("noor.lang." + size + "@voorbeeld.nl");
            page.getByLabel("Telefoonnummer").fill("06 87654321");
            page.getByLabel("Cv").setInputFiles(new FilePayload("cv-noor.pdf", "application/pdf", TestFiles.pdf()));
            page.getByLabel("Waarom deze baan?").fill("Ik werk graag met klanten. ".repeat(40));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuur sollicitatie")).click();
            assertThat(page.getByText("Maximaal 120 tekens.").first()).isVisible();
            assertThat(page.getByText("Voeg je cv opnieuw toe").first()).isVisible();
            assertThat(page.getByLabel("Naam")).hasValue(name);
            assertThat(page.getByLabel("Waarom deze baan?")).hasValue("Ik werk graag met klanten. ".repeat(40));
            Browser.assertAccessible(page, "apply name too long");
            Browser.screenshot(page, "careers-apply-too-long-" + size);

            page.getByLabel("Waarom deze baan?").fill("x".repeat(100_000));
            page.getByLabel("Cv").setInputFiles(new FilePayload("cv-noor.pdf", "application/pdf", TestFiles.pdf()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuur sollicitatie")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Je sollicitatie is niet verstuurd")))
                    .isVisible();
            Browser.assertAccessible(page, "apply far too long");
            Browser.screenshot(page, "careers-apply-far-too-long-" + size);
            page.context().close();
        }
    }
}
