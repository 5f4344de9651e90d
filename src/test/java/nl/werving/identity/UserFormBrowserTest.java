package nl.werving.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Browser;
import nl.werving.support.TestUsers;

/** The admin's user form in Chromium at desktop and phone width, with the language of the colleague's mails. */
@QuarkusTest
class UserFormBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAdminPicksTheLanguageOfAColleaguesMails() {
        AppUser admin = TestUsers.admin();
        AppUser colleague = TestUsers.hiringManager();
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(admin, phone);
            page.navigate("/app/users/" + colleague.id + "/edit");
            assertThat(page.getByLabel("Taal van mails")).hasValue("nl");
            Browser.assertAccessible(page, "user form " + size);
            Browser.screenshot(page, "user-form-" + size);
            page.context().close();
        }
    }
}
