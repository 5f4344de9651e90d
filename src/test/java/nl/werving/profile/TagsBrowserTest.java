package nl.werving.profile;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagColour;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class TagsBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void recruiterTagsFromTheProfileFindsByTagAndSavesTheSearch() {
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            String marker = UUID.randomUUID().toString().substring(0, 6);
            String listed = "Spreekt Frans " + marker;
            QuarkusTransaction.requiringNew().run(() -> {
                Tag tag = new Tag();
                tag.name = listed;
                tag.nameKey = Tag.keyOf(listed);
                tag.colour = TagColour.BLUE;
                tag.persist();
            });
            Vacancy vacancy = aVacancy().titled("Klantenservice Frans " + marker).persist();
            Application lotte = anApplication().to(vacancy).by("Lotte Verbeke " + marker).persist();
            anApplication().to(vacancy).by("Joris Maes " + marker).persist();
            Page page = browser.loggedIn(TestUsers.recruiter(), phone);

            page.navigate("/app/candidates/" + lotte.candidate.id);
            page.getByLabel("Tag", new Page.GetByLabelOptions().setExact(true)).fill(listed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen").setExact(true)).click();
            assertThat(page.getByText("Tag " + listed + " toegevoegd.")).isVisible();
            page.getByLabel("Tag", new Page.GetByLabelOptions().setExact(true)).fill("Belt na 17 uur");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen").setExact(true)).click();
            assertThat(page.locator("#tags").getByText("Belt na 17 uur")).isVisible();
            Browser.assertAccessible(page, "profile-tags");
            page.locator("#tags").scrollIntoViewIfNeeded();
            Browser.screenshot(page, "profile-tags-" + size);

            page.navigate("/app/candidates");
            page.getByLabel("Tags", new Page.GetByLabelOptions().setExact(true)).fill(listed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
            assertThat(page.getByText("1 sollicitatie gevonden")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lotte Verbeke " + marker))).isVisible();
            assertThat(page.locator("td .wv-tags").getByText(listed)).isVisible();

            page.getByText("Deze zoekopdracht bewaren").click();
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Franstalig " + marker);
            page.getByLabel("Delen met het team").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren")).click();
            assertThat(page.getByText("Zoekopdracht bewaard.")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Franstalig " + marker))).isVisible();
            Browser.assertAccessible(page, "candidate-search-tags");
            Browser.screenshot(page, "candidate-search-tags-" + size);

            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Lotte Verbeke " + marker + " selecteren")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Taggen…")).click();
            assertThat(page.getByText("1 kandidaat geselecteerd.")).isVisible();
            Browser.assertAccessible(page, "bulk-tagging");
            Browser.screenshot(page, "bulk-tagging-" + size);
            page.context().close();
        }
    }
}
