package nl.werving.interview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/**
 * Two interviewers score one candidate in Chromium on a laptop-size window, each blind to the other until they
 * submit; the recruiter plans the interview and records a role-play.
 */
@QuarkusTest
class InterviewBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Labels of fields, not the words inside the questions offered further down the planning form. */
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Test
    void twoInterviewersScoreBlindAndTheRecruiterSeesWhereTheyDisagree() {
        AppUser manager = TestUsers.hiringManager();
        AppUser teamLead = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie").published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).by("Soufiane El Idrissi").persist();

        Page recruiter = browser.loggedIn(TestUsers.recruiter(), false);
        recruiter.navigate("/app/candidates/" + application.candidate.id);
        recruiter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beoordeling")).click();
        recruiter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gesprek plannen")).click();
        recruiter.getByLabel("Datum", EXACT).fill(TestInterviews.inDays(3).toString());
        recruiter.getByLabel("Tijd", EXACT).fill("10:30");
        recruiter.locator("#f-location").fill("Kantoor Utrecht, zaal Dom");
        recruiter.getByLabel(manager.displayName).check();
        recruiter.getByLabel(teamLead.displayName).check();
        assertThat(recruiter.locator("input[name=questionIds]:checked")).hasCount(8);
        recruiter.locator("label[for=kind-PHONE_SCREEN]").click();
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Standaardvragen voor dit soort gesprek")).click();
        assertThat(recruiter.locator("input[name=questionIds]:checked")).hasCount(4);
        assertThat(recruiter.locator("#f-location")).hasValue("Kantoor Utrecht, zaal Dom");
        recruiter.locator("input[name=questionIds]:checked").first().uncheck();
        recruiter.locator("input[name=questionIds]:checked").first().uncheck();
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plannen en uitnodigen")).click();
        assertThat(recruiter.locator("#f-questionIds-error")).containsText("Kies 4 tot 8 vragen.");
        Browser.assertAccessible(recruiter, "interview form with an error");
        Browser.screenshot(recruiter, "interview-plan-error-1366");
        recruiter.locator("label[for=kind-FINAL]").click();
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Standaardvragen voor dit soort gesprek")).click();
        assertThat(recruiter.locator("input[name=questionIds]:checked")).hasCount(8);
        Browser.assertAccessible(recruiter, "interview form");
        Browser.screenshot(recruiter, "interview-plan-1366");
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plannen en uitnodigen")).click();
        assertThat(recruiter.getByText("Gesprek gepland. De uitnodigingen staan in de mailwachtrij.")).isVisible();
        Browser.screenshot(recruiter, "assessment-planned-1366");

        Interview interview = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview> find("application.id", application.id)
                .singleResult());
        List<Competency> kit = TestInterviews.kitOf(vacancy);

        Page first = browser.loggedIn(manager, false);
        first.navigate("/app/vacancies/" + vacancy.id + "/board");
        first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Interviewkit")).click();
        assertThat(first.locator("#c-" + kit.get(0).id)).containsText(kit.get(0).name.nl());
        Browser.assertAccessible(first, "interview kit");
        Browser.screenshot(first, "kit-1366");
        first.navigate("/app/assessments/" + application.id);
        first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scorecard invullen")).click();
        long question = kit.get(0).questions.get(0).id;
        first.locator("#f-situation-" + question).fill("Bij een energieleverancier belde een klant boos over een voorschot.");
        first.locator("label[for=rq-" + question + "-4]").click();
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept opslaan")).click();
        assertThat(first.locator("#f-answer-" + question + "-error")).containsText("vul minstens Actie en Resultaat in");
        Browser.screenshot(first, "scorecard-evidence-error-1366");

        first.locator("#f-action-" + question).fill("Vatte de vraag samen, legde de berekening uit en zette het voorschot in overleg lager.");
        first.locator("#f-result-" + question).fill("Klant akkoord, geen klacht; bevestiging per mail binnen het uur.");
        rateAll(first, kit, 2);
        first.locator("label[for=rc-" + kit.get(0).id + "-5]").click();
        first.locator("label[for=rec-YES]").click();
        Browser.assertAccessible(first, "scorecard");
        Browser.screenshot(first, "scorecard-filled-1366");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen")).click();
        assertThat(first.getByText("Scorecard ingediend.")).isVisible();

        Page second = browser.loggedIn(teamLead, false);
        second.navigate("/app/assessments/" + application.id);
        assertThat(second.getByText("zodra je je eigen scorecard hebt ingediend")).isVisible();
        assertThat(second.getByText("legde de berekening uit")).hasCount(0);
        Browser.screenshot(second, "assessment-blind-1366");
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scorecard invullen")).click();
        rateAll(second, kit, 3);
        second.locator("label[for=rc-" + kit.get(0).id + "-2]").click();
        second.locator("label[for=rec-NO]").click();
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen")).click();
        assertThat(second.getByText("legde de berekening uit")).isVisible();
        assertThat(second.locator("tr.wv-disagree")).hasCount(1);
        assertThat(second.locator("tr.wv-disagree th")).hasText(kit.get(0).name.nl());
        Browser.assertAccessible(second, "assessment");
        Browser.screenshot(second, "assessment-scores-1366");

        recruiter.navigate("/app/assessments/" + application.id);
        recruiter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultaat vastleggen")).click();
        recruiter.locator("input[name=scenarioId]").first().check();
        for (String criterion : List.of("tone", "wordChoice", "patience", "listening", "deEscalation", "solution")) {
            recruiter.locator("label[for=" + criterion + "-4]").click();
        }
        recruiter.locator("label[for=verdict-SUITABLE]").click();
        recruiter.getByLabel("Notities").fill("Bleef rustig, vatte twee keer samen en sprak een terugbelmoment af.");
        Browser.assertAccessible(recruiter, "role-play form");
        Browser.screenshot(recruiter, "roleplay-form-1366");
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rollenspel opslaan")).click();
        assertThat(recruiter.getByText("Rollenspel vastgelegd.")).isVisible();
        assertThat(recruiter.locator(".wv-roleplay")).containsText("Geschikt");
        Browser.screenshot(recruiter, "assessment-complete-1366");

        Page phone = browser.loggedIn(TestUsers.recruiter(), true);
        phone.navigate("/app/assessments/" + application.id + "/interviews/new");
        assertThat(phone.locator("input[name=questionIds]:checked")).hasCount(8);
        Browser.screenshot(phone, "interview-plan-390");
        phone.navigate("/app/assessments/" + application.id);
        assertThat(phone.locator("tr.wv-disagree")).hasCount(1);
        Browser.screenshot(phone, "assessment-390");

        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Scorecard.count("interview.id = ?1 and status = ?2", interview.id,
                ScorecardStatus.SUBMITTED)));
    }

    private static void rateAll(Page page, List<Competency> kit, int rating) {
        for (Competency competency : kit) {
            page.locator("label[for=rc-" + competency.id + "-" + rating + "]").click();
        }
    }
}
