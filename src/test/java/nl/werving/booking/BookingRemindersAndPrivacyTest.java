package nl.werving.booking;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.booking.TestSlots.bookingUrl;
import static nl.werving.booking.TestSlots.statusToken;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.personaldata.PersonalData;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.Stage;
import nl.werving.privacy.Purge;
import nl.werving.support.SmtpServer;
import nl.werving.support.TestClock;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** The reminder a day before, and bookings and waits as personal data: exported, merged, gone with the purge. */
@QuarkusTest
class BookingRemindersAndPrivacyTest {

    @Inject
    CandidateService candidates;

    @Inject
    BookingReminders reminders;

    @Inject
    BookingConfirmations confirmations;

    @Inject
    Purge purge;

    @Inject
    BookingPrivacy privacy;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    static String email(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).email());
    }

    static String calendarOf(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no calendar part");
    }

    @Test
    void theCandidateGetsOneReminderADayBeforeWithTheCalendarEvent() throws Exception {
        Vacancy vacancy = aVacancy().titled("Klantenservice Herinnering").published().persist();
        Stage stage = stagesOf(vacancy).get(2);
        Slot slot = aSlot().of(vacancy, stage).inHours(72).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        WebSession.anonymous().post(bookingUrl(statusToken(candidates, application), application), Map.of("slotId", slot.id))
                .then().statusCode(303);
        confirmations.queueOwed();
        String address = email(application);
        SmtpServer.awaitMessagesTo(address, 1, Duration.ofSeconds(30));

        TestClock.set(slot.startsAt.minus(Duration.ofHours(25)));
        reminders.remindDue();
        assertEquals(0, TestSlots.mails("booking-reminder", address).size(), "not yet");
        TestClock.set(slot.startsAt.minus(Duration.ofHours(23)));
        assertTrue(reminders.remindDue() >= 1);
        reminders.remindDue();
        assertEquals(1, TestSlots.mails("booking-reminder", address).size(), "once");

        MimeMessage reminder = SmtpServer.awaitMessagesTo(address, 2, Duration.ofSeconds(30)).stream()
                .filter(m -> subject(m).startsWith("Morgen")).findFirst().orElseThrow();
        assertEquals("Morgen: Rollenspel voor Klantenservice Herinnering", reminder.getSubject());
        assertTrue(SmtpServer.text(reminder).contains("Stationsplein 12, Utrecht"));
        String ics = calendarOf(reminder);
        assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("BEGIN:VEVENT"), ics);
    }

    @Test
    void bookingsAndWaitsAreGoneAfterThePurgeWhileTheAnonymousFactsStay() {
        Vacancy vacancy = aVacancy().titled("Klantenservice Purge").published().persist();
        Stage stage = stagesOf(vacancy).get(2);
        Slot rolePlay = aSlot().of(vacancy, stage).inHours(72).persist();
        Slot fullGroup = aSlot().of(vacancy, stage).kind(SlotKind.GROUP_SESSION).inHours(80).persist();
        Application other = anApplication().to(vacancy).inStage(2).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        WebSession.anonymous().post(bookingUrl(statusToken(candidates, other), other), Map.of("slotId", fullGroup.id))
                .then().statusCode(303);
        String token = statusToken(candidates, application);
        WebSession.anonymous().post(bookingUrl(token, application), Map.of("slotId", rolePlay.id)).then().statusCode(303);
        WebSession.anonymous().post(bookingUrl(token, application) + "/wait", Map.of("slotId", fullGroup.id)).then().statusCode(303);
        long candidateId = application.candidate.id;

        PersonalData exported = QuarkusTransaction.requiringNew().call(() -> privacy.export(candidateId));
        assertEquals(List.of("bookings", "waitingLists"), exported.sections().stream().map(PersonalData.Section::name).toList());
        assertEquals(1, ((List<?>) exported.sections().get(0).content()).size());
        assertEquals(1, ((List<?>) exported.sections().get(1).content()).size());

        TestClock.set(rolePlay.startsAt.plus(Duration.ofHours(1)));
        QuarkusTransaction.requiringNew().run(() -> {
            Booking.update("attendance = ?1 where application.id = ?2", Attendance.ATTENDED, application.id);
            BookingFact.update("outcome = ?1 where id = (select b.fact.id from Booking b where b.application.id = ?2)",
                    BookingOutcome.ATTENDED, application.id);
            Application.update("status = ?1, endedAt = ?2 where id = ?3", ApplicationStatus.REJECTED, Instant.now(), application.id);
        });
        Instant later = Instant.now().plus(Duration.ofDays(60));
        TestClock.set(later);
        assertTrue(purge.purge(candidateId, later));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Booking.count("candidate.id", candidateId));
            assertEquals(0, WaitingEntry.count("candidate.id", candidateId));
            assertEquals(0, Booking.count("application.id", application.id));
            assertEquals(0, WaitingEntry.count("application.id", application.id));
            List<BookingFact> facts = BookingFact.list("vacancyId", vacancy.id);
            assertEquals(2, facts.size(), "both bookings stay as facts");
            assertEquals(1, facts.stream().filter(f -> f.outcome == BookingOutcome.ATTENDED).count());
            assertEquals(1, Booking.count("application.id", other.id), "the other candidate keeps their seat");
        });
    }

    @Test
    void anErasedCandidatesSeatGoesBackToTheSlot() {
        Vacancy vacancy = aVacancy().published().persist();
        Stage stage = stagesOf(vacancy).get(2);
        Slot slot = aSlot().of(vacancy, stage).inHours(72).persist();
        Application application = anApplication().to(vacancy).inStage(2).persist();
        String token = statusToken(candidates, application);
        WebSession.anonymous().post(bookingUrl(token, application), Map.of("slotId", slot.id)).then().statusCode(303);
        assertEquals(1, TestSlots.reload(slot.id).booked);

        WebSession.anonymous().post("/status/" + token + "/erase", Map.of("confirm", "true")).then().statusCode(303);

        assertEquals(0, TestSlots.reload(slot.id).booked, "the seat is free again");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0, Booking.count("application.id", application.id));
            assertEquals(1, BookingFact.count("vacancyId = ?1 and outcome = ?2", vacancy.id, BookingOutcome.CANCELLED));
        });
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
