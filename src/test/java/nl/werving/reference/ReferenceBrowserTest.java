package nl.werving.reference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.support.Browser;
import nl.werving.support.TestReferences;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/**
 * A reference check walked end to end in Chromium: the recruiter asks, the candidate names referees on a phone and
 * consents per referee, two referees answer on their phones, the recruiter reads the findings side by side, and a used
 * link is opened again.
 */
@QuarkusTest
class ReferenceBrowserTest {

    private static final List<String> TOPICS = List.of("WORK_ATTITUDE", "RELIABILITY", "COLLABORATION", "PRESSURE", "CUSTOMER_HANDLING");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aReferenceCheckFromRequestToFindings() {
        Vacancy vacancy = aVacancy().published().persist();
        Application application = anApplication().to(vacancy).by("Noor Verbeek").inStage(5).persist();
        AppUser recruiterUser = TestUsers.recruiter();
        Page recruiter = browser.loggedIn(recruiterUser, false);

        recruiter.navigate("/app/references/" + application.id);
        assertThat(recruiter.getByText("Nog geen referenties opgevraagd")).isVisible();
        Browser.assertAccessible(recruiter, "references, empty");
        Browser.screenshot(recruiter, "references-empty-1366");
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Referenties opvragen")).click();
        assertThat(recruiter.getByText("Verzoek verstuurd")).isVisible();
        assertThat(recruiter.locator(".wv-check-REQUESTED")).isVisible();

        TestReferences.Request request = TestReferences.awaitRequestMail(application);
        long checkId = request.checkId();
        Page candidate = browser.newPage(true);
        candidate.navigate(request.path());
        fillReferee(candidate, 1, "Joost Hendriks", "joost.hendriks@pakketpunt.example", "Pakketpunt Zuid B.V.");
        fillReferee(candidate, 2, "Ilse Bakker", "ilse.bakker@belwinkel.example", "De Belwinkel");
        candidate.locator("#f-r2-consent").uncheck();
        candidate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Referenten doorgeven")).click();
        assertThat(candidate.locator("#f-r2-consent-error")).containsText("Geef toestemming voor deze referent");
        assertThat(candidate.locator("#f-r1-fullName")).hasValue("Joost Hendriks");
        Browser.assertAccessible(candidate, "references form with an error");
        Browser.screenshot(candidate, "references-form-error-390");
        candidate.locator("#f-r2-consent").check();
        candidate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Referenten doorgeven")).click();
        assertThat(candidate.getByText("We benaderen alleen de referenten waarvoor je toestemming gaf")).isVisible();
        assertThat(candidate.locator("#references-" + checkId)).containsText("Ilse Bakker");
        Browser.assertAccessible(candidate, "status page with referees");

        recruiter.reload();
        recruiter.locator("article[aria-labelledby=referee-" + TestReferences.refereeByEmail("joost.hendriks@pakketpunt.example").id + "]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Vragenlijst sturen")).click();
        assertThat(recruiter.getByText("Vragenlijst verstuurd.")).isVisible();
        String joost = TestReferences.refereeToken("joost.hendriks@pakketpunt.example", 1);
        recruiter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vragenlijst sturen")).click();
        String ilse = TestReferences.refereeToken("ilse.bakker@belwinkel.example", 1);

        Page referee = browser.newPage(true);
        referee.navigate("/referee/" + joost);
        assertThat(referee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referentie voor Noor Verbeek"))).isVisible();
        Browser.assertAccessible(referee, "questionnaire");
        Browser.screenshot(referee, "referee-questionnaire-390");
        assertThat(referee.locator("#f-shareWithCandidate")).not().isChecked();
        referee.getByLabel("Noor Verbeek mag mijn antwoorden inzien").check();
        answer(referee, "4", "Rustig en duidelijk aan de telefoon.", "YES");
        assertThat(referee.getByText("Uw antwoorden zijn ontvangen")).isVisible();
        Browser.screenshot(referee, "referee-thanks-390");

        Page second = browser.newPage(true);
        second.navigate("/referee/" + ilse);
        answer(second, "2", "Had moeite met drukke dagen.", "NO");

        recruiter.reload();
        assertThat(recruiter.locator(".wv-findings")).containsText("Had moeite met drukke dagen.");
        assertThat(recruiter.locator(".wv-referee-flagged")).containsText("Ilse Bakker");
        assertThat(recruiter.locator(".wv-findings")).containsText("Gedeeld met de kandidaat");
        assertNotNull(TestReferences.refereeByEmail("joost.hendriks@pakketpunt.example").sharingAgreedAt, "ticked, so agreed");
        assertNull(TestReferences.refereeByEmail("ilse.bakker@belwinkel.example").sharingAgreedAt, "left unticked, so not agreed");
        Browser.assertAccessible(recruiter, "findings");
        Browser.screenshot(recruiter, "references-findings-1366");
        Page phone = browser.loggedIn(recruiterUser, true);
        phone.navigate("/app/references/" + application.id);
        Browser.screenshot(phone, "references-findings-390");

        candidate.navigate("/status/" + request.statusToken());
        assertThat(candidate.locator("#references-" + checkId)).containsText("Rustig en duidelijk aan de telefoon.");
        assertThat(candidate.locator("#references-" + checkId)).not().containsText("Had moeite met drukke dagen.");
        assertThat(candidate.locator("#references-" + checkId)).containsText("de antwoorden zijn niet met je gedeeld");
        candidate.getByLabel("Jouw reactie op de referenties").fill("Drukke dagen gaan me nu beter af; ik werk met een vaste planning.");
        candidate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie opslaan")).click();
        assertThat(candidate.getByText("Je reactie is opgeslagen")).isVisible();
        Browser.assertAccessible(candidate, "status page with findings");
        Browser.screenshot(candidate, "references-status-390");

        referee.navigate("/referee/" + joost);
        assertThat(referee.getByText("al ingevuld of afgewezen")).isVisible();
        Browser.screenshot(referee, "referee-link-used-390");
    }

    private static void fillReferee(Page page, int number, String name, String email, String company) {
        String prefix = "#f-r" + number + "-";
        page.locator(prefix + "fullName").fill(name);
        page.locator(prefix + "company").fill(company);
        page.locator(prefix + "email").fill(email);
        page.locator(prefix + "relationship").selectOption("MANAGER");
        page.locator(prefix + "period").fill("2023–2025");
        page.locator(prefix + "consent").check();
    }

    private static void answer(Page page, String score, String comment, String workAgain) {
        for (String topic : TOPICS) {
            page.locator("label[for=score-" + topic + "-" + score + "]").click();
            page.locator("#f-comment-" + topic).fill(comment);
        }
        page.locator("label[for=work-again-" + workAgain + "]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoorden versturen")).click();
    }
}
