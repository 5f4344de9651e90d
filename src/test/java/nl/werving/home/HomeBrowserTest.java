package nl.werving.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.TestApplications;
import nl.werving.support.TestInterviews;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** The home page in Chromium at desktop and phone width: full for an admin, empty states for a new hiring manager. */
@QuarkusTest
class HomeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAdminStartsTheDayOnTheHomePage() {
        AppUser admin = TestUsers.admin();
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie en telecom (weekend)").published().persist();
        HomePageTest.limit(TestApplications.stagesOf(vacancy).get(1), 2);
        for (int i = 0; i < 10; i++) {
            String name = i == 0 ? "Maximiliaan van Oldenbarnevelt-Schimmelpenninck" : "Wachtende Kandidaat " + i;
            HomePageTest.waitingSince(anApplication().to(vacancy).inStage(i % 2).by(name).persist(), 4000 - i * 3);
        }
        Application interviewed = anApplication().to(vacancy).by("Gesprek Vandaag").persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        HomePageTest.startingAt(TestInterviews.plan(recruiter, interviewed, List.of(admin)),
                LocalDate.now(Formats.ZONE).atStartOfDay(Formats.ZONE).plusHours(23).toInstant());
        Application owed = anApplication().to(vacancy).by("Scorecard Open").persist();
        HomePageTest.startingAt(TestInterviews.plan(recruiter, owed, List.of(admin)), Instant.now().minus(Duration.ofDays(1)));
        recruiter.post("/app/data-requests", Map.of("candidateId", owed.candidate.id, "kind", "ERASURE",
                "receivedOn", LocalDate.now(Formats.ZONE).minusDays(3).toString())).then().statusCode(303);
        HomePageTest.failedMail("Je sollicitatie bij Klantkracht Groep");

        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(admin, phone);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat op je wacht"))).isVisible();
            assertThat(page.getByText("Maximiliaan van Oldenbarnevelt-Schimmelpenninck")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invullen: Scorecard Open"))).isVisible();
            assertThat(page.getByText("Je sollicitatie bij Klantkracht Groep").first()).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Scorecards die nog ontbreken"))).isVisible();
            Browser.assertAccessible(page, "home " + size);
            Browser.screenshot(page, "home-admin-" + size);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvatting aanzetten")).click();
            assertThat(page.getByText("De dagelijkse samenvatting staat aan.")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Samenvatting uitzetten")).click();

            // An admin has the longest top bar (Beheer), French the longest words (Se déconnecter, 15 jours ouvrables…).
            for (String language : List.of("fr", "en", "nl")) {
                page.navigate("/language?lang=" + language + "&return=%2Fapp");
                Browser.assertNoSidewaysScroll(page, "home " + language + " " + size);
                if (!phone) {
                    assertTopBarOnOneRow(page, "home " + language + " " + size);
                }
                Browser.screenshot(page, "home-admin-" + language + "-" + size);
            }
            page.context().close();
        }
    }

    /** Brand, navigation and the end of the bar (Beheer, language, logout) side by side: nothing wrapped to a second row. */
    static void assertTopBarOnOneRow(Page page, String name) {
        assertTrue((boolean) page.evaluate("""
                () => {
                  const parts = [...document.querySelector('.wv-topbar-inner').children].map(part => part.getBoundingClientRect());
                  return Math.max(...parts.map(r => r.top)) < Math.min(...parts.map(r => r.bottom));
                }"""), "the top bar of " + name + " is one row");
    }

    @Test
    void aNewHiringManagerSeesWhatEachSectionIsFor() {
        AppUser manager = TestUsers.hiringManager();
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(manager, phone);
            assertThat(page.getByText("Niets dat op je wacht: al je scorecards zijn ingediend.")).isVisible();
            Browser.assertAccessible(page, "empty home " + size);
            Browser.screenshot(page, "home-empty-" + size);
            page.context().close();
        }
    }
}
