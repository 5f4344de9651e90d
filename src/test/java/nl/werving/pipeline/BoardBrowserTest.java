package nl.werving.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Browser;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/** A recruiter works the board in Chromium: drags a card, rejects one, opens a profile, adjusts the stages. */
@QuarkusTest
class BoardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void recruiterDragsACardToTheNextStage() {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker met een heel lange functietitel voor het bord").published().persist();
        Application dragged = anApplication().to(vacancy).by("Annelies van der Heijden-Vermeulen").persist();
        String[] names = { "Bas Kok", "Derya Yilmaz", "Gijs Prins", "Hatice Demir", "Jelle Vos", "Lieke Post", "Ouassim Tahiri" };
        for (int i = 0; i < names.length; i++) {
            anApplication().to(vacancy).by(names[i]).inStage(i % 4).persist();
        }
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        Page page = browser.loggedIn(TestUsers.recruiter(), false);
        page.navigate("/app/vacancies/" + vacancy.id + "/board");
        Browser.screenshot(page, "board-1366");

        Locator card = page.locator("#card-" + dragged.id);
        Locator target = page.locator(".wv-cards[data-stage-id=\"" + stages.get(1).id + "\"]");
        dragAndDrop(page, card.locator(".wv-bcard-meta"), target);

        assertThat(page.locator(".wv-cards[data-stage-id=\"" + stages.get(1).id + "\"] #card-" + dragged.id)).isVisible();
        assertThat(page.locator("#count-" + stages.get(1).id)).hasText("3");
        page.waitForCondition(() -> TestApplications.reload(dragged.id).stage.id.equals(stages.get(1).id));
        assertEquals(stages.get(1).id, TestApplications.reload(dragged.id).stage.id);
        Browser.screenshot(page, "board-after-drag-1366");

        page.locator("#card-" + dragged.id + " .wv-bcard-menu").click();
        page.locator("#card-menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Afwijzen")).click();
        Browser.screenshot(page, "reject-1366");
        page.getByLabel("Persoonlijke regel in de mail").fill("Dank voor het fijne gesprek.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afwijzen en mail klaarzetten")).click();
        assertThat(page.getByText("Kandidaat afgewezen, de mail staat klaar.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(vacancy.title))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bas Kok")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bas Kok"))).isVisible();
        Browser.screenshot(page, "profile-1366");
        page.navigate("/app/vacancies/" + vacancy.id + "/stages");
        Browser.screenshot(page, "stages-1366");
        page.context().close();

        Page phone = browser.loggedIn(TestUsers.recruiter(), true);
        phone.navigate("/app/vacancies/" + vacancy.id + "/board");
        Browser.screenshot(phone, "board-390");
        phone.navigate("/app/vacancies/" + vacancy.id + "/stages");
        assertThat(phone.getByLabel("Naam in het Frans (leeg: de Nederlandse naam)").nth(3)).hasValue("Jeu de rôle");
        Browser.assertAccessible(phone, "stage editor");
        Browser.assertNoSidewaysScroll(phone, "stage editor");
        Browser.screenshot(phone, "stages-390");
        phone.context().close();
    }

    @Test
    void aDragOnASearchedBoardCountsOnlyTheCardsTheSearchShows() {
        Vacancy vacancy = aVacancy().published().persist();
        Application dragged = anApplication().to(vacancy).by("Mirthe Veldkamp").persist();
        anApplication().to(vacancy).by("Rik Veldkamp").inStage(1).persist();
        anApplication().to(vacancy).by("Tom Bakker").inStage(1).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        Page page = browser.loggedIn(TestUsers.recruiter(), false);
        page.navigate("/app/vacancies/" + vacancy.id + "/board?q=veldkamp");
        assertThat(page.locator("#count-" + stages.get(1).id)).hasText("1");
        assertThat(page.locator("#column-" + stages.get(0).id + " .wv-column-empty")).isHidden();
        assertThat(page.locator("#column-" + stages.get(2).id + " .wv-column-empty")).isVisible();

        dragAndDrop(page, page.locator("#card-" + dragged.id + " .wv-bcard-meta"),
                page.locator(".wv-cards[data-stage-id=\"" + stages.get(1).id + "\"]"));

        assertThat(page.locator(".wv-cards[data-stage-id=\"" + stages.get(1).id + "\"] #card-" + dragged.id)).isVisible();
        assertThat(page.locator("#count-" + stages.get(1).id)).hasText("2");
        assertThat(page.locator("#count-" + stages.get(0).id)).hasText("0");
        // The column the drag emptied says so at once, as a reload would; the one it filled does not.
        assertThat(page.locator("#column-" + stages.get(0).id + " .wv-column-empty")).isVisible();
        assertThat(page.locator("#column-" + stages.get(0).id + " .wv-column-empty")).hasText("Niemand in deze fase");
        assertThat(page.locator("#column-" + stages.get(1).id + " .wv-column-empty")).isHidden();
        Browser.screenshot(page, "board-search-after-drag-1366");
        page.context().close();
    }

    /** Drags like a person does: press, move in steps, release. */
    private static void dragAndDrop(Page page, Locator from, Locator to) {
        var start = from.boundingBox();
        var end = to.boundingBox();
        page.mouse().move(start.x + start.width / 2, start.y + start.height / 2);
        page.mouse().down();
        page.mouse().move(start.x + start.width / 2 + 20, start.y + start.height / 2 + 10, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(end.x + end.width / 2, end.y + 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(20));
        page.mouse().up();
    }

    @Test
    void adminBrowsesTheAuditLog() {
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(TestUsers.admin(), phone);
            page.navigate("/app/audit");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Logboek"))).isVisible();
            assertThat(page.locator(".wv-table td").first()).isVisible();
            // When, who, what and on what, all in sight on a phone too.
            Browser.assertInsideTheWindow(page, ".wv-table td");
            Browser.screenshot(page, "audit-" + size);
            page.navigate("/app/stage-templates");
            Browser.screenshot(page, "stage-templates-" + size);
            page.context().close();
        }
    }

    @Test
    void adminAddsARejectionReasonOnAPhone() {
        Page page = browser.loggedIn(TestUsers.admin(), true);
        page.navigate("/app/rejection-reasons");
        Browser.screenshot(page, "rejection-reasons-390");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe reden")).click();
        page.getByLabel("Tekst in het Engels").fill("Shift pattern does not fit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator("#f-labelNl-error")).hasText("Vul de Nederlandse tekst in.");
        Browser.screenshot(page, "rejection-reason-errors-390");
        String label = "Ploegendienst past niet " + System.nanoTime();
        page.getByLabel("Tekst in het Nederlands").fill(label);
        page.getByLabel("Tekst in het Frans").fill("Horaires en équipes incompatibles");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(label))).isVisible();
        Browser.screenshot(page, "rejection-reasons-saved-390");
        page.context().close();
    }
}
