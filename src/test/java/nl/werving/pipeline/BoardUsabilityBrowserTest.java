package nl.werving.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Browser;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/** The board on a laptop and a phone: scrolling to every stage, one stage at a time, the keyboard, bulk with undo. */
@QuarkusTest
class BoardUsabilityBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Vacancy busyVacancy(String... names) {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker webwinkel " + System.nanoTime()).published().persist();
        for (int i = 0; i < names.length; i++) {
            anApplication().to(vacancy).by(names[i]).inStage(i % 6).persist();
        }
        return vacancy;
    }

    @Test
    void aPhoneShowsOneStageAtATimeAndMovesACardWithTheMenu() {
        Vacancy vacancy = busyVacancy("Amira Bouzid", "Bart de Groot", "Chantal Willems", "Daan Verbeek", "Esra Kaya",
                "Frits van Leeuwen", "Greet Maes");
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        Application moved = anApplication().to(vacancy).by("Hilde Vanderstraeten-Wouters").persist();
        Page phone = browser.loggedIn(TestUsers.recruiter(), true);
        phone.navigate("/app/vacancies/" + vacancy.id + "/board");

        Locator first = phone.locator("#column-" + stages.get(0).id);
        Locator second = phone.locator("#column-" + stages.get(1).id);
        assertThat(first).isVisible();
        assertThat(second).isHidden();
        Browser.screenshot(phone, "board-phone-one-stage-390");
        Browser.assertAccessible(phone, "board on a phone");

        phone.getByLabel("Fase tonen").selectOption(String.valueOf(stages.get(1).id));
        assertThat(second).isVisible();
        assertThat(first).isHidden();
        phone.getByLabel("Fase tonen").selectOption(String.valueOf(stages.get(0).id));

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acties voor Hilde Vanderstraeten-Wouters")).click();
        Locator menu = phone.locator("#card-menu");
        assertThat(menu).isVisible();
        assertThat(menu.getByRole(AriaRole.HEADING)).hasText("Hilde Vanderstraeten-Wouters");
        Browser.screenshot(phone, "board-phone-card-menu-390");
        Browser.assertAccessible(phone, "card menu on a phone");
        menu.getByLabel("Verplaatsen naar").selectOption(String.valueOf(stages.get(1).id));
        menu.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verplaatsen").setExact(true)).click();

        assertThat(menu).isHidden();
        phone.waitForCondition(() -> TestApplications.reload(moved.id).stage.id.equals(stages.get(1).id));
        assertThat(phone.locator("#count-" + stages.get(1).id)).hasText("2");
        phone.getByLabel("Fase tonen").selectOption(String.valueOf(stages.get(1).id));
        assertThat(second.locator("#card-" + moved.id)).isVisible();
        Browser.screenshot(phone, "board-phone-after-move-390");
        phone.context().close();
    }

    @Test
    void keyboardWalksTheCardsMovesAndListsTheShortcuts() {
        Vacancy vacancy = aVacancy().titled("Medewerker klantcontact " + System.nanoTime()).published().persist();
        Application a = anApplication().to(vacancy).by("Iris Jacobs").persist();
        Application b = anApplication().to(vacancy).by("Joep Claes").persist();
        Application c = anApplication().to(vacancy).by("Kim Peeters").inStage(1).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        Page page = browser.loggedIn(TestUsers.recruiter(), false);
        page.navigate("/app/vacancies/" + vacancy.id + "/board");
        Locator body = page.locator("body");

        body.press("j");
        assertThat(page.locator("#card-" + a.id + " .wv-bcard-name")).isFocused();
        body.press("j");
        assertThat(page.locator("#card-" + b.id + " .wv-bcard-name")).isFocused();
        page.keyboard().press("k");
        assertThat(page.locator("#card-" + a.id + " .wv-bcard-name")).isFocused();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#card-" + c.id + " .wv-bcard-name")).isFocused();
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#card-" + a.id + " .wv-bcard-name")).isFocused();

        page.keyboard().press("?");
        Locator help = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Sneltoetsen"));
        assertThat(help).isVisible();
        assertThat(help).containsText("Verplaatsen: kies een fase");
        Browser.screenshot(page, "board-shortcuts-1366");
        Browser.assertAccessible(page, "shortcut list");
        page.keyboard().press("Escape");
        assertThat(help).isHidden();

        page.locator("#card-" + a.id + " .wv-bcard-name").focus();
        page.keyboard().press("m");
        Locator menu = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Iris Jacobs"));
        assertThat(menu).isVisible();
        assertThat(page.locator("#card-menu-stage")).isFocused();
        page.locator("#card-menu-stage").selectOption(String.valueOf(stages.get(2).id));
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> TestApplications.reload(a.id).stage.id.equals(stages.get(2).id));
        assertThat(page.locator(".wv-cards[data-stage-id=\"" + stages.get(2).id + "\"] #card-" + a.id)).isVisible();

        // Typing in the search field is typing, not a shortcut.
        page.locator("#q").click();
        page.keyboard().type("jmk?");
        assertThat(page.locator("#q")).hasValue("jmk?");
        assertThat(help).isHidden();
        assertThat(page.locator("#card-menu")).isHidden();

        page.locator("#card-" + b.id + " .wv-bcard-name").focus();
        page.keyboard().press("r");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Joep Claes afwijzen"))).isVisible();
        page.context().close();
    }

    @Test
    void aLaptopBoardShowsThatMoreStagesLieSideways() {
        Vacancy vacancy = busyVacancy("Lars Dubois", "Mieke Janssens", "Nadia Amrani", "Olaf Wuyts", "Petra Lambrechts",
                "Quinten Goossens", "Ruth Aerts", "Stijn Mertens");
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        Page page = browser.loggedIn(TestUsers.recruiter(), false);
        page.navigate("/app/vacancies/" + vacancy.id + "/board");

        Locator scroll = page.locator("#board-scroll");
        assertThat(scroll).isVisible();
        assertThat(scroll).containsText(stages.size() + " fasen: schuif opzij voor de rest");
        assertThat(page.locator(".wv-board-frame")).hasClass(java.util.regex.Pattern.compile("wv-more-right"));
        Browser.screenshot(page, "board-scroll-1366");
        Browser.assertAccessible(page, "board at 1366");

        scroll.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Volgende fasen")).click();
        page.waitForCondition(() -> ((Number) page.evaluate("document.getElementById('board').scrollLeft")).intValue() > 0);
        assertThat(page.locator(".wv-board-frame")).hasClass(java.util.regex.Pattern.compile("wv-more-left"));
        assertThat(page.locator("#column-head-" + stages.get(stages.size() - 1).id)).isInViewport();
        Browser.screenshot(page, "board-scrolled-1366");
        page.context().close();
    }

    @Test
    void bulkRejectionIsConfirmedAndUndone() {
        Vacancy vacancy = aVacancy().titled("Teamleider klantenservice " + System.nanoTime()).published().persist();
        Application early = anApplication().to(vacancy).by("Tamara Hermans").persist();
        Application late = anApplication().to(vacancy).by("Umut Aydin").inStage(4).persist();
        anApplication().to(vacancy).by("Vera Stevens").persist();
        Page page = browser.loggedIn(TestUsers.recruiter(), false);
        page.navigate("/app/vacancies/" + vacancy.id + "/board");

        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Tamara Hermans selecteren")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Umut Aydin selecteren")).check();
        page.locator("#bulk-action").selectOption("reject");
        page.locator("#bulk-timing").selectOption("TOMORROW");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitvoeren")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("2 kandidaten afwijzen?"))).isVisible();
        assertThat(page.locator("#late-warning")).containsText("Umut Aydin");
        assertThat(page.locator("#late-warning")).not().containsText("Tamara Hermans");
        Browser.screenshot(page, "bulk-confirm-1366");
        Browser.assertAccessible(page, "bulk confirmation");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, 2 kandidaten afwijzen")).click();

        assertThat(page.getByText("2 kandidaten afgewezen, de mails staan klaar.")).isVisible();
        assertThat(page.locator("#card-" + late.id)).hasCount(0);
        Browser.screenshot(page, "bulk-undo-offer-1366");
        Browser.assertAccessible(page, "board with undo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ongedaan maken")).click();

        assertThat(page.getByText("Umut Aydin is weer actief, de mail gaat niet weg.")).isVisible();
        Browser.screenshot(page, "bulk-undone-1366");
        Browser.assertAccessible(page, "undo result");
        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(early.id).status);
        assertEquals(ApplicationStatus.ACTIVE, TestApplications.reload(late.id).status);

        page.navigate("/app/candidates/" + late.candidate.id);
        assertThat(page.locator("iframe.wv-cv-frame")).isVisible();
        // The CV opens in its frame: a refused frame shows the browser's error page instead of the document.
        String cv = page.locator("iframe.wv-cv-frame").getAttribute("src");
        String cvUrl = page.url().replaceAll("/app/.*", cv);
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f != page.mainFrame() && !"about:blank".equals(f.url())));
        List<String> frames = page.frames().stream().filter(f -> f != page.mainFrame()).map(Frame::url).toList();
        assertTrue(frames.contains(cvUrl) && frames.stream().noneMatch(url -> url.startsWith("chrome-error:")), frames.toString());
        assertThat(page.getByText("Volgende in deze fase")).hasCount(0);
        Browser.screenshot(page, "profile-cv-1366");
        Browser.assertAccessible(page, "profile with CV and pipeline actions");
        assertTrue(page.locator("#pipeline-" + late.id).isVisible());
        page.context().close();
    }
}
