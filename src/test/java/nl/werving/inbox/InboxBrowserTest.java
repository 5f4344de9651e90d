package nl.werving.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.RecruitingMailbox;
import nl.werving.support.TestUsers;

/** An admin attaches a reply that named no conversation to its candidate, in Chromium; the reply shows on the profile. */
@QuarkusTest
class InboxBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    InboxReader reader;

    @Test
    void adminAttachesAnUnknownReplyAndFindsItOnTheProfile() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        Application application = anApplication().to(aVacancy().published().persist()).by("Sanne Antwoord").persist();
        RecruitingMailbox.recover();
        RecruitingMailbox.empty();
        RecruitingMailbox.deliver(RecruitingMailbox.message(application.candidate.email(), RecruitingMailbox.ADDRESS,
                "Vraag over het gesprek " + unique, "Goedemiddag,\n\nKan het gesprek ook op donderdag?\n\nMet vriendelijke groet,\nSanne"));
        assertEquals(1, reader.poll().unmatched());
        AppUser admin = TestUsers.admin();

        Page phone = browser.loggedIn(admin, true);
        phone.navigate("/app/replies");
        Browser.screenshot(phone, "replies-390");

        Page page = browser.loggedIn(admin, false);
        page.navigate("/app/replies");
        Locator reply = page.locator("article", new Page.LocatorOptions().setHasText("Vraag over het gesprek " + unique));
        reply.getByText("Tekst tonen").click();
        assertThat(reply).containsText("Kan het gesprek ook op donderdag?");
        Browser.assertAccessible(page, "unknown replies");
        Browser.screenshot(page, "replies-1366");

        reply.getByLabel("Kandidaatnummer").fill("abc");
        reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Koppelen")).click();
        Locator failed = page.locator("article", new Page.LocatorOptions().setHasText("Vraag over het gesprek " + unique));
        assertThat(failed).containsText("Een kandidaatnummer bestaat alleen uit cijfers.");
        Browser.assertAccessible(page, "unknown replies with an error");
        Browser.screenshot(page, "replies-error-1366");

        failed.getByLabel("Kandidaatnummer").fill(String.valueOf(application.candidate.id));
        failed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Koppelen")).click();
        assertThat(page.getByText("Het antwoord staat nu op het profiel van de kandidaat.")).isVisible();
        assertThat(page.locator(".wv-timeline")).containsText("Antwoord: Vraag over het gesprek " + unique);
        assertThat(page.locator(".wv-timeline")).containsText("Kan het gesprek ook op donderdag?");
        Browser.assertAccessible(page, "profile with a reply");
        page.locator(".wv-timeline").screenshot(new Locator.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("profile-reply-1366.png")));
    }
}
