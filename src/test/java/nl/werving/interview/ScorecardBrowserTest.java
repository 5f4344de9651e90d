package nl.werving.interview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/**
 * A hiring manager fills the scorecard of a 6-question interview on a phone, one question at a time, while the
 * connection drops between two answers; on a laptop the same scorecard fits three screens, and the interview guide
 * prints on one or two A4 pages.
 */
@QuarkusTest
class ScorecardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void onAPhoneNothingTypedIsLostWhenTheConnectionDropsAndTheScorecardIsSubmitted() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker telecom").published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).by("Lieke Brinkman").persist();
        Interview interview = TestInterviews.plan(WebSession.as(TestUsers.recruiter()), application, List.of(manager),
                InterviewKind.FINAL, sixQuestions(application));

        Page phone = browser.loggedIn(manager, true);
        phone.navigate("/app/interviews/" + interview.id + "/scorecard");
        int total = phone.locator("[data-step]").count();
        assertThat(phone.locator(".wv-step-count")).hasText("Stap 1 van " + total);
        assertThat(phone.locator(".wv-question:visible")).hasCount(1);
        String firstQuestion = phone.locator(".wv-question:visible").getAttribute("id").replace("f-answer-", "");
        assertAnchorsInView(phone, firstQuestion);
        Browser.assertAccessible(phone, "scorecard on a phone");
        Browser.screenshotOfWindow(phone, "scorecard-step-390");

        phone.locator("#f-situation-" + firstQuestion).fill("Klant belde voor de derde keer over een storing in het glasvezel.");
        phone.locator("#f-action-" + firstQuestion).fill("Liet de klant uitpraten, plande een monteur en belde zelf terug.");
        phone.locator("#f-result-" + firstQuestion).fill("Storing binnen een dag verholpen, klant gaf een 9.");
        phone.locator("label[for=rq-" + firstQuestion + "-4]").click();
        assertThat(phone.locator("#sc-autosave")).containsText("Opgeslagen om");

        phone.context().setOffline(true);
        int step = nextQuestion(phone, 0);
        String secondQuestion = phone.locator(".wv-question:visible").getAttribute("id").replace("f-answer-", "");
        assertAnchorsInView(phone, secondQuestion);
        phone.locator("#f-action-" + secondQuestion).fill("Bood excuses aan en regelde een vervangend modem dezelfde dag.");
        phone.locator("#f-result-" + secondQuestion).fill("Klant was weer online voor het avondeten.");
        assertThat(phone.locator("#sc-autosave")).containsText("Geen verbinding");
        Browser.screenshotOfWindow(phone, "scorecard-offline-390");
        phone.context().setOffline(false);
        assertThat(phone.locator("#sc-autosave")).containsText("Opgeslagen om",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(
                "Klant was weer online voor het avondeten.", result(interview, manager, Long.parseLong(secondQuestion))));

        // Through the remaining steps: every competency rated 3, then the advice, then submit.
        for (int left = total - step; left > 0 && !phone.locator("#overall-title").isVisible(); left--) {
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            rateCompetencyIfShown(phone);
        }
        assertThat(phone.locator(".wv-step-count")).hasText("Stap " + total + " van " + total);
        Browser.screenshotOfWindow(phone, "scorecard-last-step-390");
        phone.locator("label[for=rec-YES]").click();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen")).click();
        assertThat(phone.getByText("Scorecard ingediend.")).isVisible();

        Scorecard submitted = QuarkusTransaction.requiringNew().call(() -> {
            Scorecard found = Scorecard.of(interview.id, manager.id).orElseThrow();
            found.ratings.size();
            return found;
        });
        assertEquals(ScorecardStatus.SUBMITTED, submitted.status);
        assertEquals("Klant was weer online voor het avondeten.", result(interview, manager, Long.parseLong(secondQuestion)));
        assertEquals("Storing binnen een dag verholpen, klant gaf een 9.", result(interview, manager, Long.parseLong(firstQuestion)));
    }

    @Test
    void onALaptopTheScorecardIsCompactAndTheGuidePrintsOnTwoPagesAtMost() {
        AppUser manager = TestUsers.hiringManager();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker verzekeringen").published().managedBy(manager).persist();
        Application application = anApplication().to(vacancy).by("Ruben Aksoy").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        Interview interview = TestInterviews.plan(recruiter, application, List.of(manager), InterviewKind.FINAL, sixQuestions(application));

        Page laptop = browser.loggedIn(manager, false);
        laptop.navigate("/app/interviews/" + interview.id + "/scorecard");
        assertThat(laptop.locator(".wv-step-nav")).isHidden();
        assertThat(laptop.locator(".wv-question")).hasCount(6);
        double height = ((Number) laptop.evaluate("document.documentElement.scrollHeight")).doubleValue();
        Browser.assertAccessible(laptop, "scorecard on a laptop");
        Browser.screenshot(laptop, "scorecard-1366");
        Browser.screenshotOfWindow(laptop, "scorecard-window-1366");
        assertTrue(height <= 3 * 900, "6 questions in " + height + " px, at most three screens");

        laptop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gespreksleidraad")).click();
        assertThat(laptop.locator(".wv-guide-question")).hasCount(6);
        Browser.assertAccessible(laptop, "interview guide");
        Browser.screenshot(laptop, "guide-1366");
        assertTrue(printedPages(laptop) <= 2, "6 questions on two A4 pages at most");

        // The largest interview the planner allows, 8 questions, still prints on two pages.
        Interview eight = TestInterviews.plan(recruiter, application, List.of(manager));
        assertEquals(8, eight.questionIds.size());
        laptop.navigate("/app/interviews/" + eight.id + "/guide");
        assertThat(laptop.locator(".wv-guide-question")).hasCount(8);
        assertTrue(printedPages(laptop) <= 2, "8 questions on two A4 pages at most");
        laptop.setViewportSize(794, 1123);
        laptop.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        Browser.screenshot(laptop, "guide-print-a4");
    }

    /** Six questions of the kit as a planner might pick them: two each of the first two competencies, one each of the next two. */
    private static List<Long> sixQuestions(Application application) {
        // The vacancy gets its own copy of the kit when it is first asked for, as planning does.
        TestInterviews.defaultQuestions(application, InterviewKind.FINAL);
        List<Competency> kit = TestInterviews.kitOf(application.vacancy);
        return List.of(kit.get(0).questions.get(0).id, kit.get(0).questions.get(1).id, kit.get(1).questions.get(0).id,
                kit.get(1).questions.get(1).id, kit.get(2).questions.get(0).id, kit.get(3).questions.get(0).id);
    }

    private static int printedPages(Page page) {
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
        int pages = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).split("/Type\\s*/Page[^s]", -1).length - 1;
        assertTrue(pages >= 1, "the PDF has pages");
        return pages;
    }

    /** Steps on from step {@code index} (0-based) to the next question, rating the competencies on the way; its index. */
    private static int nextQuestion(Page phone, int index) {
        int step = index;
        do {
            rateCompetencyIfShown(phone);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            step++;
        } while (phone.locator(".wv-question:visible").count() == 0);
        return step;
    }

    private static void rateCompetencyIfShown(Page phone) {
        Locator rating = phone.locator("fieldset.wv-competency-rating:visible");
        if (rating.count() == 1) {
            rating.locator("label[for$='-3']").click();
        }
    }

    /** The anchors of levels 1, 3 and 5 are on screen with the rating, above the bar with the buttons. */
    private static void assertAnchorsInView(Page page, String question) {
        Locator levels = page.locator("#f-answer-" + question + " >> xpath=ancestor::section[1]").locator(".wv-levels");
        BoundingBox anchors = levels.boundingBox();
        BoundingBox scale = page.locator("#rq-" + question + "-1 + label").boundingBox();
        BoundingBox bar = page.locator(".wv-sticky-actions").boundingBox();
        assertTrue(anchors.y >= 0 && anchors.y + anchors.height <= bar.y, "anchors above the button bar: " + anchors.y + "+"
                + anchors.height + " vs " + bar.y);
        assertTrue(scale.y >= 0 && scale.y + scale.height <= bar.y, "rating buttons in view");
        assertEquals(3, levels.locator("dt").count());
    }

    private static String result(Interview interview, AppUser interviewer, long question) {
        return QuarkusTransaction.requiringNew().call(() -> ScorecardNote.<ScorecardNote> find(
                "scorecard.interview.id = ?1 and scorecard.interviewer.id = ?2 and questionId = ?3", interview.id, interviewer.id, question)
                .firstResultOptional().map(note -> Arc.container().instance(Scorecards.class).get().text(note).result()).orElse(null));
    }
}
