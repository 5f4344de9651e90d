package nl.werving.screening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Browser;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/**
 * A recruiter sets up screening for a weekend vacancy without CV; a candidate on a phone who cannot work weekends applies
 * in a minute, is told at once and kindly which requirement was not met, gets the mail the next working day, and asks
 * for a person's review. Every page passes axe-core.
 */
@QuarkusTest
class ScreeningBrowserTest {

    private static final Pattern STATUS_LINK = Pattern.compile("http://localhost:\\d+(/status/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final Browser browser = new Browser();

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void aCandidateOnAPhoneWhoCannotWorkWeekendsLearnsWhyAndAsksForAReview() {
        Vacancy vacancy = aVacancy().titled("Weekendagent klantenservice Zwolle").inCity("Zwolle").withWeekendWork().withCvOptional()
                .hours(16, 24).published().persist();

        for (boolean phone : new boolean[] { false, true }) {
            Page recruiter = browser.loggedIn(TestUsers.recruiter(), phone);
            recruiter.navigate("/app/vacancies/" + vacancy.id + "/screening");
            assertThat(recruiter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Screeningsvragen"))).isVisible();
            if (!phone) {
                recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen: Kun je in het weekend werken?")).click();
                recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen: Hoeveel uur per week wil je werken?"))
                        .click();
                assertThat(recruiter.getByText("Versie 2", new Page.GetByTextOptions().setExact(true))).isVisible();
            }
            Browser.assertAccessible(recruiter, "screening editor");
            Browser.screenshot(recruiter, "screening-editor-" + (phone ? "390" : "1366"));
            recruiter.context().close();
        }

        TestClock.set(ScreeningTest.FRIDAY);
        Page page = browser.newPage(true);
        page.navigate("/jobs/" + vacancy.slug);
        page.getByLabel("Naam").fill("Sanne de Wit");
        page.getByLabel("E-mailadres").fill("sanne.dewit@voorbeeld.nl");
        page.getByLabel("Telefoonnummer").fill("06 11223344");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuur sollicitatie")).click();
        assertThat(page.getByText("Geef hier een antwoord op.").first()).isVisible();
        assertThat(page.getByLabel("Naam")).hasValue("Sanne de Wit");
        Browser.assertAccessible(page, "apply with unanswered questions");
        Browser.screenshot(page, "screening-apply-errors-390");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Nee").setExact(true)).check();
        page.getByLabel("Hoeveel uur per week wil je werken?").fill("20");
        Browser.screenshot(page, "screening-apply-filled-390");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuur sollicitatie")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deze baan past helaas niet bij je antwoorden")))
                .isVisible();
        assertThat(page.getByText("Deze vacature vraagt: Werken in het weekend.")).isVisible();
        Browser.assertAccessible(page, "knocked out");
        Browser.screenshot(page, "screening-knocked-out-390");

        TestClock.set(ScreeningTest.MONDAY_MAIL.plusSeconds(60));
        String mail = SmtpServer.awaitMessagesTo("sanne.dewit@voorbeeld.nl", 2, Duration.ofSeconds(30)).stream().map(SmtpServer::text)
                .filter(text -> text.contains("Werken in het weekend") && !text.contains("We hebben hem goed ontvangen")).findFirst()
                .orElseThrow();
        assertTrue(mail.contains("Deze vacature vraagt: Werken in het weekend."), mail);
        assertTrue(mail.contains("Vraag een beoordeling door een medewerker"), mail);
        Matcher link = STATUS_LINK.matcher(mail);
        assertTrue(link.find(), mail);

        page.navigate(link.group(1));
        assertThat(page.getByText("Je voldoet niet aan de eisen van deze vacature: Werken in het weekend.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        Browser.assertAccessible(page, "status knocked out");
        Browser.screenshot(page, "screening-status-390");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vraag een beoordeling door een medewerker")).click();
        assertThat(page.getByText("Je verzoek is ontvangen.")).isVisible();
        Browser.assertAccessible(page, "status review requested");
        Browser.screenshot(page, "screening-status-review-390");
        page.context().close();

        Page recruiter = browser.loggedIn(TestUsers.recruiter(), false);
        recruiter.navigate("/app/vacancies/" + vacancy.id + "/screening");
        assertThat(recruiter.getByText("Sanne de Wit").first()).isVisible();
        Browser.screenshot(recruiter, "screening-review-requested-1366");
        recruiter.context().close();
    }
}
