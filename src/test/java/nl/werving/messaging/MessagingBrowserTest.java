package nl.werving.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/** A recruiter writes to ticked cards of the board in Chromium; an admin's template with a typo is refused. */
@QuarkusTest
class MessagingBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void recruiterSendsATemplateToTheTickedCards() {
        long template = MessagingTest.template();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie, 32–38 uur").published().persist();
        List<Application> ticked = List.of(anApplication().to(vacancy).by("Annelies van der Heijden-Vermeulen").persist(),
                anApplication().to(vacancy).by("Ouassim Tahiri").persist(), anApplication().to(vacancy).by("Lieke Post").persist());
        anApplication().to(vacancy).by("Bas Kok").persist();

        Page page = browser.loggedIn(TestUsers.recruiter(), false);
        page.navigate("/app/vacancies/" + vacancy.id + "/board");
        ticked.forEach(application -> page.locator("#card-" + application.id + " input[name=ids]").check());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bericht sturen")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bericht aan 3 kandidaten"))).isVisible();
        page.getByLabel("Sjabloon").selectOption(String.valueOf(template));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorbeeld bijwerken")).click();
        assertThat(page.getByLabel("Sjabloon")).hasValue(String.valueOf(template));
        assertThat(page.getByText("Zo leest Annelies van der Heijden-Vermeulen het (1 van 3)")).isVisible();
        assertThat(page.getByText("Beste Annelies,")).isVisible();
        Browser.assertAccessible(page, "compose");
        Browser.screenshot(page, "message-compose-1366");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        assertThat(page.getByText("Zo leest Ouassim Tahiri het (2 van 3)")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen naar 3 kandidaten")).click();

        assertThat(page.getByText("3 berichten staan klaar en worden zo verstuurd, elk apart.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(vacancy.title))).isVisible();
        Browser.assertAccessible(page, "board after sending");
        Browser.screenshot(page, "message-sent-1366");
        for (Application application : ticked) {
            String email = QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).email());
            assertEquals(1, SmtpServer.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).size());
        }

        page.navigate("/app/candidates/" + ticked.get(0).candidate.id);
        assertThat(page.getByText("Mail: Gesprek over " + vacancy.title).first()).isVisible();
        Browser.screenshot(page, "message-timeline-1366");
        page.context().close();

        Page phone = browser.loggedIn(TestUsers.recruiter(), true);
        phone.navigate("/app/candidates/" + ticked.get(1).candidate.id + "/message");
        phone.getByLabel("Sjabloon").selectOption(String.valueOf(template));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorbeeld bijwerken")).click();
        assertThat(phone.getByText("Beste Ouassim,")).isVisible();
        Browser.assertAccessible(phone, "compose on a phone");
        Browser.screenshot(phone, "message-compose-390");
        phone.context().close();
    }

    @Test
    void adminSeesWhereTheUnknownPlaceholderIs() {
        Page page = browser.loggedIn(TestUsers.admin(), false);
        page.navigate("/app/message-templates/new");
        page.getByLabel("Naam (Nederlands)").fill("Uitnodiging rollenspel");
        page.getByLabel("Onderwerp (Nederlands)").fill("Rollenspel voor {vacancy}");
        page.getByLabel("Tekst (Nederlands)").fill("Beste {first_name},\n\nWe zien je graag op {datum}.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

        assertThat(page.getByText("Onbekende plaatshouder {datum} op regel 3, kolom 21.").first()).isVisible();
        Browser.assertAccessible(page, "template with an error");
        Browser.screenshot(page, "message-template-error-1366");
        page.context().close();

        Page phone = browser.loggedIn(TestUsers.admin(), true);
        phone.navigate("/app/message-templates/new");
        Browser.assertAccessible(phone, "template form on a phone");
        Browser.screenshot(phone, "message-template-390");
        phone.context().close();
    }
}
