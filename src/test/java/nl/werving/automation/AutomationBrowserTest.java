package nl.werving.automation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.Browser;
import nl.werving.support.TestApplications;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/**
 * In Chromium, on a phone and a laptop: the candidate's step tracker on the status page, and the recruiter's automation
 * editor with a refusal beside its field and the planned action on the profile. axe-core finds nothing serious.
 */
@QuarkusTest
class AutomationBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    CandidateService candidates;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theCandidateSeesWhereTheyAreOnTheirPhone() {
        Instant entered = ZonedDateTime.of(2026, 12, 1, 11, 0, 0, 0, Formats.ZONE).toInstant();
        TestClock.set(entered.plusSeconds(3600));
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie en water").published().persist();
        Application application = anApplication().to(vacancy).by("Fleur Janssens").inStage(2).persist();
        AppUser recruiter = TestUsers.recruiter();
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser.update("displayName = 'Sanne de Wit' where id = ?1", recruiter.id);
            Vacancy.update("recruiter.id = ?1 where id = ?2", recruiter.id, vacancy.id);
            Application.update("stageEnteredAt = ?1 where id = ?2", entered, application.id);
        });
        String token = QuarkusTransaction.requiringNew().call(() -> candidates.issueStatusToken(Candidate.findById(application.candidate.id)));

        for (boolean phone : new boolean[] { true, false }) {
            Page page = browser.newPage(phone);
            page.navigate("/status/" + token);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Waar sta je?"))).isVisible();
            assertThat(page.locator("[aria-current=step]")).containsText("Telefonisch gesprek");
            assertThat(page.getByText("Volgende stap: Rollenspel")).isVisible();
            assertThat(page.getByText("Je recruiter is Sanne.")).isVisible();
            Browser.assertAccessible(page, "status tracker");
            Browser.screenshot(page, "status-tracker-" + (phone ? "390" : "1366"));
            page.context().close();
        }

        // Who applied in French reads the stages' French names.
        QuarkusTransaction.requiringNew().run(() -> Candidate.update("locale = 'fr' where id = ?1", application.candidate.id));
        Page french = browser.newPage(true);
        french.navigate("/status/" + token);
        assertThat(french.locator("[aria-current=step]")).containsText("Entretien téléphonique");
        assertThat(french.getByText("Prochaine étape\u00a0: Jeu de rôle")).isVisible();
        Browser.screenshot(french, "status-tracker-fr-390");
        french.context().close();
    }

    @Test
    void aRecruiterSetsAnAutomationAndSeesItPlannedOnTheProfile() {
        Vacancy vacancy = aVacancy().titled("Chat support Breda").published().persist();
        Stage screening = stagesOf(vacancy).get(1);
        long template = StageAutomationTest.template();
        AppUser user = TestUsers.recruiter();
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(user, phone);
            page.navigate("/app/vacancies/" + vacancy.id + "/automations");
            page.getByLabel("Fase").selectOption(String.valueOf(screening.id));
            page.getByLabel("Wat er gebeurt").selectOption("SEND_TEMPLATE");
            page.getByLabel("Wanneer").selectOption("HOURS");
            page.getByLabel("Aantal uur").fill("900");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(page.locator("#f-delayHours-error")).containsText("Vul een heel aantal uren in");
            assertThat(page.locator("#f-templateId-error")).containsText("Kies een bestaand berichtsjabloon.");
            Browser.assertAccessible(page, "automation errors");
            Browser.screenshot(page, "automation-errors-" + size);

            page.getByLabel("Berichtsjabloon").selectOption(String.valueOf(template));
            page.getByLabel("Aantal uur").fill("4");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(page.getByText("Automatisering opgeslagen.")).isVisible();
            assertThat(page.getByText("Na 4 uur").first()).isVisible();
            Browser.assertAccessible(page, "automations");
            Browser.screenshot(page, "automations-" + size);
            page.context().close();
        }

        Application application = anApplication().to(vacancy).by("Daan Verbruggen").persist();
        WebSession.as(user).post("/app/applications/" + application.id + "/move", Map.of("toStageId", screening.id,
                "version", TestApplications.reload(application.id).version)).then().statusCode(303);
        Page page = browser.loggedIn(user, false);
        page.navigate("/app/candidates/" + application.candidate.id);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Geplande acties"))).isVisible();
        Browser.assertAccessible(page, "profile with planned actions");
        Browser.screenshot(page, "profile-planned-actions-1366");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren").setExact(false)).first().click();
        assertThat(page.getByText("Geplande actie geannuleerd.")).isVisible();
        page.navigate("/app/vacancies/" + vacancy.id + "/board");
        Browser.screenshot(page, "board-after-cancel-1366");
        page.context().close();
    }
}
