package nl.werving;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.identity.LoginThrottle;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.support.Browser;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/** The back office in Chromium, at desktop and phone width, with screenshots in target/screenshots. */
@QuarkusTest
class BackOfficeBrowserTest {

    /** The vacancy form has the same fields again, optional, for the English and French texts. */
    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void recruiterCreatesAndPublishesAVacancy() {
        AppUser recruiter = TestUsers.recruiter();
        String title = "Klantenservicemedewerker zakelijke energie " + UUID.randomUUID().toString().substring(0, 4);
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.newPage(phone);

            page.navigate("/app/vacancies");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inloggen"))).isVisible();
            Browser.screenshot(page, "login-" + size);
            page.getByLabel("Gebruikersnaam").fill(recruiter.username);
            page.getByLabel("Wachtwoord").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vacatures").setExact(true))).isVisible();
            // Every section of the top bar is in sight, on a phone too: none waits past the edge of a strip to be swiped to.
            assertTrue(page.locator(".wv-nav a").count() >= 5, "the recruiter's sections");
            Browser.assertInsideTheWindow(page, ".wv-nav a");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe vacature")).first().click();
            page.getByLabel("Functietitel", EXACT).fill(title + " " + size);
            page.getByLabel("Plaats").fill("Den Haag");
            page.getByLabel("Uren per week, minimaal").fill("40");
            page.getByLabel("Uren per week, maximaal").fill("32");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept")).click();
            assertThat(page.getByText("Het minimum aantal uren mag niet hoger zijn dan het maximum.").first()).isVisible();
            assertThat(page.getByLabel("Functietitel", EXACT)).hasValue(title + " " + size);
            Browser.screenshot(page, "vacancy-form-errors-" + size);

            page.getByLabel("Uren per week, minimaal").fill("24");
            page.getByLabel("Avonddiensten").check();
            page.getByLabel("Niveau Nederlands").selectOption("C1");
            page.getByLabel("Taken", EXACT).fill("Klanten helpen met hun energiecontract\nMeterstanden en facturen controleren\nTerugbelverzoeken afhandelen");
            page.getByLabel("Wat je echt nodig hebt", EXACT).fill("Heldere schrijfstijl\nRustig bij boze klanten");
            page.getByLabel("Bruto maandsalaris vanaf (€)").fill("2650");
            page.getByLabel("Bruto maandsalaris tot en met (€)").fill("3050");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept")).click();
            assertThat(page.getByText("is aangemaakt als concept")).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
            assertThat(page.getByText("is gepubliceerd en staat nu op de vacaturesite")).isVisible();
            assertThat(page.locator(".wv-status").first()).containsText("Open");
            assertThat(page.getByText("€\u00a02.650 – €\u00a03.050 bruto per maand")).isVisible();
            Browser.screenshot(page, "vacancy-published-" + size);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vacatures").setExact(true)).first().click();
            assertThat(page.getByText(title + " " + size)).isVisible();
            Browser.assertInsideTheWindow(page, ".wv-table .wv-status");
            Browser.screenshot(page, "vacancy-list-" + size);
            page.context().close();
        }
    }

    @Test
    void adminCreatesAUserAndMeetsTheErrorPages() {
        AppUser admin = TestUsers.admin();
        String username = "femke." + UUID.randomUUID().toString().substring(0, 6);
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(admin, phone);

            page.locator("summary", new Page.LocatorOptions().setHasText("Beheer")).click();
            Browser.screenshot(page, "admin-menu-" + size);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruikers")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe gebruiker")).click();
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Femke de Boer");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
            assertThat(page.getByText("Vul een gebruikersnaam in.").first()).isVisible();
            assertThat(page.getByText("Kies minstens één rol.").first()).isVisible();
            Browser.screenshot(page, "user-form-errors-" + size);

            page.getByLabel("Gebruikersnaam").fill(username + size);
            page.getByLabel("Hiring manager").check();
            page.getByLabel("Wachtwoord").fill("Welkom123456");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
            assertThat(page.locator("#f-password-error")).containsText("Dit wachtwoord is te makkelijk te raden.");
            assertThat(page.getByLabel("Gebruikersnaam")).hasValue(username + size);
            Browser.screenshot(page, "user-form-password-" + size);

            page.getByLabel("Wachtwoord").fill("een-goed-wachtwoord");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
            assertThat(page.getByText("Gebruiker Femke de Boer is aangemaakt.")).isVisible();
            // Every user's roles and status in sight, not in a column past the edge of a phone.
            Browser.assertInsideTheWindow(page, ".wv-table .wv-badge-role, .wv-table .wv-status");
            Browser.screenshot(page, "user-list-" + size);

            page.locator("summary", new Page.LocatorOptions().setHasText("Beheer")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mail")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mail").setExact(true))).isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verstuurd")).click();
            Browser.screenshot(page, "mail-sent-" + size);

            page.navigate("/app/vacancies/987654321");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pagina niet gevonden"))).isVisible();
            Browser.screenshot(page, "error-404-" + size);
            page.context().close();
        }
    }

    @Test
    void recruiterFindsACandidateByPartOfTheName() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker " + marker).persist();
        anApplication().to(vacancy).by("Fenna Zoetelief " + marker).withEmail("fenna." + marker + "@voorbeeld.nl").persist();
        anApplication().to(vacancy).by("Bram Zoetelief " + marker).ended(ApplicationStatus.REJECTED).persist();
        for (boolean phone : new boolean[] { false, true }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(TestUsers.recruiter(), phone);

            page.navigate("/app/candidates");
            page.getByLabel("Naam, e-mail, telefoon of vacature").fill("zoetelief " + marker);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
            assertThat(page.getByText("2 sollicitaties gevonden")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fenna Zoetelief " + marker))).isVisible();
            Browser.assertAccessible(page, "candidate-search");
            Browser.screenshot(page, "candidate-search-" + size);

            page.navigate("/app/candidates?q=niemand-" + marker);
            assertThat(page.getByText("Niemand gevonden")).isVisible();
            Browser.screenshot(page, "candidate-search-empty-" + size);

            page.navigate("/app/candidates?q=z");
            assertThat(page.locator("#f-q-error"))
                    .containsText("Typ minstens twee letters van een naam of e-mailadres, of een heel telefoonnummer.");
            Browser.screenshot(page, "candidate-search-too-short-" + size);
            page.context().close();
        }
    }

    @Test
    void someoneWhoGuessesTooOftenIsToldHowLongToWait() {
        AppUser user = TestUsers.recruiter();
        try {
            for (boolean phone : new boolean[] { false, true }) {
                String size = phone ? "390" : "1366";
                Page page = browser.newPage(phone);
                page.navigate("/login");
                for (int attempt = 0; attempt < 6; attempt++) {
                    page.getByLabel("Gebruikersnaam").fill(user.username);
                    page.getByLabel("Wachtwoord").fill("verkeerd-" + attempt);
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
                    assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
                }
                assertThat(page.getByRole(AriaRole.ALERT)).containsText("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.");
                Browser.assertAccessible(page, "login-wait");
                Browser.screenshot(page, "login-wait-" + size);
                page.context().close();
                QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteAll());
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteAll());
        }
    }
}
