package nl.werving.profile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.TestUsers;

/** A recruiter follows the duplicate hint on a profile, compares the two and merges them, in Chromium at both widths. */
@QuarkusTest
class CandidateMergeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Random RANDOM = new Random();

    @Test
    void mergesALikelyDuplicateFromTheProfileOnADesktop() {
        mergeFromTheProfile(false);
    }

    @Test
    void mergesALikelyDuplicateFromTheProfileOnAPhone() {
        mergeFromTheProfile(true);
    }

    private static void mergeFromTheProfile(boolean phone) {
        String size = phone ? "390" : "1366";
        String digits = String.valueOf(10_000_000 + RANDOM.nextInt(90_000_000));
        Application kept = anApplication().to(aVacancy().titled("Klantenservice energie " + size).published().persist())
                .by("Annemarie van Oostveen-Wijnbergen").withPhone("06 " + digits).persist();
        Application duplicate = anApplication().to(aVacancy().titled("Chat- en e-mailmedewerker " + size).published().persist())
                .by("A. van Oostveen").withPhone("+31 6 " + digits.substring(0, 4) + " " + digits.substring(4)).persist();
        Page page = browser.loggedIn(TestUsers.recruiter(), phone);

        page.navigate("/app/candidates/" + kept.candidate.id);
        assertThat(page.getByText("Mogelijk dubbel: A. van Oostveen (zelfde telefoonnummer)")).isVisible();
        Browser.assertAccessible(page, "profile-duplicate-hint-" + size);
        Browser.screenshot(page, "profile-duplicate-hint-" + size);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergelijken")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kandidaten samenvoegen"))).isVisible();
        page.locator("#f-keep").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvoegen")).click();
        assertThat(page.getByText("Bevestig dat je de kandidaten wilt samenvoegen.").first()).isVisible();
        Browser.assertAccessible(page, "merge-compare-" + size);
        Browser.screenshot(page, "merge-compare-" + size);

        page.getByLabel("Ik begrijp het: voeg deze kandidaten samen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvoegen")).click();
        assertThat(page.getByText("Samengevoegd met A. van Oostveen: 1 sollicitatie(s) en 1 document(en) overgezet.")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Annemarie van Oostveen-Wijnbergen"))).isVisible();
        assertThat(page.getByText("Chat- en e-mailmedewerker " + size).first()).isVisible();
        Browser.assertAccessible(page, "merged-profile-" + size);
        Browser.screenshot(page, "merged-profile-" + size);
    }
}
