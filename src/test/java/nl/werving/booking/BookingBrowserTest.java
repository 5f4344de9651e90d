package nl.werving.booking;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.booking.TestSlots.statusToken;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.Browser;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/**
 * A candidate on a phone and on a laptop books a role-play from the status page and then moves it; the recruiter's slots
 * page on both. Every page passes axe-core without serious or critical violations.
 */
@QuarkusTest
class BookingBrowserTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Inject
    CandidateService candidates;

    @Inject
    Bookings bookings;

    @Test
    void aCandidateBooksAndMovesARolePlayFromTheStatusPage() {
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Vacancy vacancy = aVacancy().titled("Klantenservice medewerker energie " + UUID.randomUUID().toString().substring(0, 4))
                    .published().persist();
            Stage stage = stagesOf(vacancy).get(2);
            Instant base = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
            Slot first = aSlot().of(vacancy, stage).at(base).seats(1).persist();
            Slot second = aSlot().of(vacancy, stage).at(base.plus(Duration.ofHours(2))).seats(8).kind(SlotKind.ROLE_PLAY).persist();
            Slot full = aSlot().of(vacancy, stage).at(base.plus(Duration.ofDays(1))).seats(1).persist();
            QuarkusTransaction.requiringNew().run(() -> Slot.update("booked = 1 where id = ?1", full.id));
            Application application = anApplication().to(vacancy).by("Noor van den Berg-Bakker").inStage(2).persist();
            String token = statusToken(candidates, application);
            Page page = browser.newPage(phone);

            page.navigate("/status/" + token);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kies je moment")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kies je moment").setLevel(1))).isVisible();
            Browser.assertAccessible(page, "booking page");
            Browser.screenshot(page, "booking-choose-" + size);

            page.locator("#slot-" + first.id).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Boek dit moment")).click();
            assertThat(page.getByText("Geboekt! De bevestiging")).isVisible();
            Browser.assertAccessible(page, "booked");
            Browser.screenshot(page, "booking-booked-" + size);

            page.locator("#slot-" + second.id).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verplaats naar dit moment")).click();
            assertThat(page.getByText("Je afspraak is verplaatst")).isVisible();
            Browser.screenshot(page, "booking-moved-" + size);
            assertEquals(0, TestSlots.reload(first.id).booked);
            assertEquals(1, TestSlots.reload(second.id).booked);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar je overzicht")).click();
            assertThat(page.getByText("Rollenspel:")).isVisible();
            Browser.assertAccessible(page, "status with booking");
            Browser.screenshot(page, "booking-status-" + size);
        }
    }

    @Test
    void theRecruitersSlotsPage() {
        Vacancy vacancy = aVacancy().titled("Klantenservice medewerker zorgverzekering").published().persist();
        Stage stage = stagesOf(vacancy).get(2);
        AppUser assessor = TestUsers.hiringManager();
        Instant base = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < 6; i++) {
            aSlot().of(vacancy, stage).at(base.plus(Duration.ofHours(i * 3))).seats(i % 2 == 0 ? 1 : 8)
                    .kind(i % 2 == 0 ? SlotKind.ROLE_PLAY : SlotKind.GROUP_SESSION).with(assessor).persist();
        }
        List<Slot> slots = QuarkusTransaction.requiringNew().call(() -> Slot.<Slot> list("vacancy.id = ?1 order by startsAt", vacancy.id));
        Application booked = anApplication().to(vacancy).by("Sanne de Vries").inStage(2).persist();
        bookings.book(booked.candidate.id, booked.id, slots.get(1).id, DUTCH);
        Application second = anApplication().to(vacancy).by("Mohamed El Amrani-Verstappen").inStage(2).persist();
        bookings.book(second.candidate.id, second.id, slots.get(1).id, DUTCH);
        for (boolean phone : new boolean[] { true, false }) {
            String size = phone ? "390" : "1366";
            Page page = browser.loggedIn(TestUsers.recruiter(), phone);
            page.navigate("/app/vacancies/" + vacancy.id + "/slots");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Momenten").setLevel(1))).isVisible();
            Browser.assertAccessible(page, "slots");
            Browser.screenshot(page, "slots-" + size);
            page.getByLabel("Voor kandidaten in fase").selectOption(String.valueOf(stage.id));
            page.getByLabel("Begintijden").fill("negen uur");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zet open")).click();
            assertThat(page.getByText("Schrijf de begintijden als 09:00 10:30 14:00.").first()).isVisible();
            Browser.assertAccessible(page, "slots errors");
            Browser.screenshot(page, "slots-errors-" + size);
        }
        assertEquals(6, slots.size());
    }
}
