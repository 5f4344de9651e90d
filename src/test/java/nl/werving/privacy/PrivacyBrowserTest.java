package nl.werving.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.Browser;
import nl.werving.support.TestApplications;
import nl.werving.identity.AppUser;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/** The admin holds a candidate back from the profile and purges the rest from the privacy page, in Chromium. */
@QuarkusTest
class PrivacyBrowserTest {

    @Inject
    Purge purge;

    @RegisterExtension
    static final Browser browser = new Browser();

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void adminHoldsOneCandidateAndPurgesTheOthers() {
        // The page previews the first 50 candidates due; those other tests left due by then would crowd this test's out.
        TestClock.set(Instant.now().plus(Duration.ofDays(30)));
        purge.run("test");
        TestClock.reset();
        Vacancy vacancy = aVacancy().published().persist();
        Application held = anApplication().to(vacancy).by("Roos Vasthouden").ended(ApplicationStatus.REJECTED).persist();
        anApplication().to(vacancy).by("Gert Vertrekt").ended(ApplicationStatus.WITHDRAWN).persist();
        AppUser admin = TestUsers.admin();
        Page page = browser.loggedIn(admin, false);

        page.navigate("/app/candidates/" + held.candidate.id);
        page.getByLabel("Reden").fill("Klacht in behandeling bij de geschillencommissie");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Blokkade plaatsen")).click();
        assertThat(page.getByText("Blokkade geplaatst")).isVisible();

        TestClock.set(Instant.now().plus(Duration.ofDays(30)));
        // A month later the admin logs in again (a login lasts twelve hours at most).
        page = browser.loggedIn(admin, false);
        page.navigate("/app/privacy");
        assertThat(page.locator(".wv-due")).containsText("Gert Vertrekt");
        assertThat(page.locator(".wv-due")).not().containsText("Roos Vasthouden");
        assertThat(page.locator("#holds")).containsText("Roos Vasthouden");
        Browser.assertAccessible(page, "privacy");
        Browser.screenshot(page, "privacy-1366");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu verwijderen")).click();
        assertThat(page.getByText("verwijderd.").first()).isVisible();
        Browser.screenshot(page, "privacy-after-run-1366");

        Page phone = browser.loggedIn(TestUsers.admin(), true);
        phone.navigate("/app/privacy");
        Browser.screenshot(phone, "privacy-390");

        page.navigate("/app/candidates/" + held.candidate.id);
        page.getByLabel("Soort verzoek").selectOption("ERASURE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzoek vastleggen")).click();
        assertThat(page.getByText("Verzoek vastgelegd")).isVisible();
        assertThat(page.locator("#rights")).containsText("Verwijdering: uiterlijk");
        Browser.assertAccessible(page, "profile with a request");
        page.locator("#rights").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Browser.SCREENSHOTS.resolve("profile-rights-1366.png")));
        page.navigate("/app/data-requests");
        assertThat(page.locator("table").first()).containsText("Roos Vasthouden");
        Browser.assertAccessible(page, "data requests");
        Browser.screenshot(page, "data-requests-1366");
        phone.navigate("/app/data-requests");
        Browser.screenshot(phone, "data-requests-390");

        TestApplications.talentPoolConsent(held, Instant.now());
        page.navigate("/app/talent-pool?q=Roos");
        assertThat(page.locator("table")).containsText("Roos Vasthouden");
        Browser.assertAccessible(page, "talent pool");
        Browser.screenshot(page, "talent-pool-1366");
    }
}
