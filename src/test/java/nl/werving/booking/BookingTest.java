package nl.werving.booking;

import static nl.werving.booking.TestSlots.aSlot;
import static nl.werving.booking.TestSlots.bookingUrl;
import static nl.werving.booking.TestSlots.bookings;
import static nl.werving.booking.TestSlots.mails;
import static nl.werving.booking.TestSlots.statusToken;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestApplications.stagesOf;
import static nl.werving.support.TestMails.open;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.mail.Outbox;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.TestClock;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** Candidates book, move and cancel their own slot; full slots, the waiting list, the cut-off and a cancelled slot. */
@QuarkusTest
class BookingTest {

    @Inject
    CandidateService candidates;

    @Inject
    BookingInvitations invitations;

    @Inject
    BookingConfirmations confirmations;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    record Setup(Vacancy vacancy, Stage stage) {
    }

    static Setup vacancyWithRolePlayStage() {
        Vacancy vacancy = aVacancy().titled("Klantenservice Boeken").published().persist();
        return new Setup(vacancy, stagesOf(vacancy).get(2));
    }

    static Application candidateIn(Setup setup) {
        return anApplication().to(setup.vacancy()).inStage(2).persist();
    }

    static String email(Application application) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate> findById(application.candidate.id).email());
    }

    @Test
    void aRecruiterPublishesAWeekOfSlotsInOneForm() {
        Setup setup = vacancyWithRolePlayStage();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        AppUser assessor = TestUsers.hiringManager();
        LocalDate monday = LocalDate.now(Formats.ZONE).plusWeeks(1).with(java.time.DayOfWeek.MONDAY);

        recruiter.post("/app/vacancies/" + setup.vacancy().id + "/slots", Map.of("kind", "ROLE_PLAY", "stageId", setup.stage().id,
                "date", monday.toString(), "days", 5, "times", "9.00, 10:00 11u00 14:00", "durationMinutes", 45, "capacity", 1,
                "room", "Zaal De Dom", "interviewerIds", List.of(assessor.id))).then().statusCode(303);

        List<Slot> slots = QuarkusTransaction.requiringNew().call(() -> Slot.<Slot> list("vacancy.id", setup.vacancy().id));
        assertEquals(20, slots.size(), "4 times on 5 working days");
        assertTrue(slots.stream().allMatch(slot -> slot.capacity == 1 && slot.booked == 0 && "Zaal De Dom".equals(slot.room)));
        recruiter.get("/app/vacancies/" + setup.vacancy().id + "/slots").then().statusCode(200)
                .body(containsString("0 van 1 geboekt"), containsString("Rollenspel"));
    }

    @Test
    void publishingMistakesAreToldBesideTheFieldsInTheUsersLanguage() {
        Setup setup = vacancyWithRolePlayStage();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String path = "/app/vacancies/" + setup.vacancy().id + "/slots";
        Map<String, Object> form = Map.of("kind", "GROUP_SESSION", "stageId", setup.stage().id, "date",
                LocalDate.now(Formats.ZONE).plusDays(2).toString(), "days", 1, "times", "negen uur", "durationMinutes", 90,
                "capacity", 8);

        recruiter.post(path, form).then().statusCode(400)
                .body(containsString("id=\"f-times-error\""), containsString("Schrijf de begintijden als 09:00 10:30 14:00."));
        recruiter.language("en");
        recruiter.post(path, Map.of("kind", "GROUP_SESSION", "stageId", setup.stage().id, "date",
                LocalDate.now(Formats.ZONE).plusDays(2).toString(), "days", 1, "times", "09:00", "durationMinutes", 90, "capacity", 80))
                .then().statusCode(400)
                .body(containsString("id=\"f-capacity-error\""), containsString("Choose 1 to 50 seats."));
        recruiter.language("fr");
        recruiter.post(path, Map.of("kind", "GROUP_SESSION", "stageId", setup.stage().id, "date",
                LocalDate.now(Formats.ZONE).plusDays(2).toString(), "days", 1, "times", "09:00", "durationMinutes", 90, "capacity", 8))
                .then().statusCode(400)
                .body(containsString("id=\"f-location-error\""), containsString("Indiquez une adresse, une salle ou un lien vidéo."));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Slot.count("vacancy.id", setup.vacancy().id)));
    }

    @Test
    void aCandidateBooksFromTheStatusPageAndGetsTheInvitation() throws Exception {
        Setup setup = vacancyWithRolePlayStage();
        AppUser assessor = TestUsers.hiringManager();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).seats(8).kind(SlotKind.GROUP_SESSION).with(assessor).persist();
        Application application = candidateIn(setup);
        String token = statusToken(candidates, application);
        WebSession candidate = WebSession.anonymous();

        candidate.get("/status/" + token).then().statusCode(200).body(containsString(bookingUrl(token, application)),
                containsString("Kies je moment"));
        candidate.get(bookingUrl(token, application)).then().statusCode(200).body(containsString("Groepsvoorlichting"),
                containsString("8 plekken vrij"));
        candidate.post(bookingUrl(token, application), Map.of("slotId", slot.id)).then().statusCode(303);

        assertEquals(1, TestSlots.reload(slot.id).booked);
        candidate.get(bookingUrl(token, application)).then().statusCode(200).body(containsString("Geboekt"));
        candidate.get("/status/" + token).then().statusCode(200).body(containsString("Groepsvoorlichting:"));
        assertEquals(List.of(), mails("booking-booked", email(application)), "owed by the booking until the job queues it");
        confirmations.queueOwed();
        confirmations.queueOwed();
        assertEquals(1, mails("booking-booked", email(application)).size(), "queued once");
        QuarkusTransaction.requiringNew().run(() -> assertNull(Booking.<Booking> find("application.id", application.id).firstResult().mailOwed));
        OutboxMail confirmation = mails("booking-booked", email(application)).get(0);
        assertEquals("Geboekt: Groepsvoorlichting voor Klantenservice Boeken", open(confirmation).subject());
        assertEquals("REQUEST", confirmation.calendarMethod);
        assertTrue(open(confirmation).calendar().contains("SEQUENCE:0"), open(confirmation).calendar());
        assertTrue(open(confirmation).text().contains("Zaal De Dom"));
        // The kind is a heading's word in the subject and an ordinary word inside a sentence.
        assertTrue(open(confirmation).text().contains("Je groepsvoorlichting voor Klantenservice Boeken is geboekt."),
                open(confirmation).text());
        OutboxMail toAssessor = mails("slot-booked", assessor.email).get(0);
        assertEquals("REQUEST", toAssessor.calendarMethod);
        assertTrue(open(toAssessor).text().contains("je groepsvoorlichting voor Klantenservice Boeken gaat door"), open(toAssessor).text());
        assertTrue(open(toAssessor).calendar().contains("UID:" + slot.calendarUid), "the colleagues' event is the slot's");
        assertTrue(!open(toAssessor).text().contains(QuarkusTransaction.requiringNew()
                .call(() -> Candidate.<Candidate> findById(application.candidate.id).fullName())), "no candidate's name to staff");
    }

    @Test
    void aSlotThatFilledMeanwhileSaysSoAndOffersTheOthersAndTheWaitingList() {
        Setup setup = vacancyWithRolePlayStage();
        Slot popular = aSlot().of(setup.vacancy(), setup.stage()).inHours(72).persist();
        Slot other = aSlot().of(setup.vacancy(), setup.stage()).inHours(96).persist();
        Application first = candidateIn(setup);
        Application second = candidateIn(setup);
        String firstToken = statusToken(candidates, first);
        String secondToken = statusToken(candidates, second);
        WebSession.anonymous().post(bookingUrl(firstToken, first), Map.of("slotId", popular.id)).then().statusCode(303);
        confirmations.queueOwed();

        WebSession late = WebSession.anonymous();
        late.post(bookingUrl(secondToken, second), Map.of("slotId", popular.id)).then().statusCode(409)
                .body(containsString("Dat moment is net volgeboekt"), containsString("value=\"" + other.id + "\""),
                        containsString("Op de wachtlijst"));
        assertEquals(1, bookings(popular.id));

        late.post(bookingUrl(secondToken, second) + "/wait", Map.of("slotId", popular.id)).then().statusCode(303);
        late.get(bookingUrl(secondToken, second)).then().body(containsString("Je staat op de wachtlijst"));

        WebSession.anonymous().post(bookingUrl(firstToken, first) + "/cancel", Map.of("kind", "ROLE_PLAY")).then().statusCode(303);

        QuarkusTransaction.requiringNew().run(() -> {
            Booking promoted = Booking.<Booking> find("application.id", second.id).firstResult();
            assertNotNull(promoted, "the first on the waiting list got the seat");
            assertEquals(popular.id, promoted.slot.id);
            assertEquals(0, WaitingEntry.count("application.id", second.id));
        });
        assertEquals(1, TestSlots.reload(popular.id).booked);
        OutboxMail cancelled = mails("booking-cancelled", email(first)).get(0);
        assertEquals("CANCEL", cancelled.calendarMethod);
        // A calendar takes a cancellation only with a sequence past the event's own (0 for a booking never moved).
        assertTrue(open(cancelled).calendar().contains("SEQUENCE:1"), open(cancelled).calendar());
        confirmations.queueOwed();
        OutboxMail promotedMail = mails("booking-promoted", email(second)).get(0);
        assertEquals("Er is plek: Rollenspel voor Klantenservice Boeken", open(promotedMail).subject());
        assertEquals("REQUEST", promotedMail.calendarMethod);
    }

    @Test
    void aBookingCancelledOrEndedBeforeItsConfirmationWentOutMailsNothingButOneMovedAfterItIsCancelledInTheCalendar() {
        Setup setup = vacancyWithRolePlayStage();
        Slot monday = aSlot().of(setup.vacancy(), setup.stage()).seats(3).inHours(72).persist();
        Slot tuesday = aSlot().of(setup.vacancy(), setup.stage()).seats(3).inHours(96).persist();
        Application cancels = candidateIn(setup);
        Application withdraws = candidateIn(setup);
        Application moves = candidateIn(setup);
        String cancelsToken = statusToken(candidates, cancels);
        String withdrawsToken = statusToken(candidates, withdraws);
        String movesToken = statusToken(candidates, moves);
        WebSession.anonymous().post(bookingUrl(movesToken, moves), Map.of("slotId", monday.id)).then().statusCode(303);
        confirmations.queueOwed();

        WebSession.anonymous().post(bookingUrl(cancelsToken, cancels), Map.of("slotId", monday.id)).then().statusCode(303);
        WebSession.anonymous().post(bookingUrl(cancelsToken, cancels) + "/cancel", Map.of("kind", "ROLE_PLAY")).then().statusCode(303);
        WebSession.anonymous().post(bookingUrl(withdrawsToken, withdraws), Map.of("slotId", monday.id)).then().statusCode(303);
        WebSession.anonymous().post("/status/" + withdrawsToken + "/applications/" + withdraws.id + "/withdraw").then().statusCode(303);
        WebSession.anonymous().post(bookingUrl(movesToken, moves), Map.of("slotId", tuesday.id)).then().statusCode(303);
        WebSession.anonymous().post(bookingUrl(movesToken, moves) + "/cancel", Map.of("kind", "ROLE_PLAY")).then().statusCode(303);
        confirmations.queueOwed();

        assertEquals(0, TestSlots.reload(monday.id).booked);
        assertEquals(0, TestSlots.reload(tuesday.id).booked);
        for (Application never : List.of(cancels, withdraws)) {
            for (String kind : List.of("booking-booked", "booking-cancelled", "booking-ended")) {
                assertEquals(List.of(), mails(kind, email(never)), kind + ": the candidate never had the event");
            }
        }
        // The move's confirmation was still owed, but the candidate had the event from the first booking.
        assertEquals(List.of(), mails("booking-rescheduled", email(moves)));
        OutboxMail cancelled = mails("booking-cancelled", email(moves)).get(0);
        assertEquals("CANCEL", cancelled.calendarMethod);
        String uid = open(mails("booking-booked", email(moves)).get(0)).calendar().lines().filter(line -> line.startsWith("UID:"))
                .findFirst().orElseThrow();
        assertTrue(open(cancelled).calendar().contains(uid), "the event the candidate has");
    }

    @Test
    void aCandidateMovesTheBookingAndTheCalendarMovesTheSameEvent() {
        Setup setup = vacancyWithRolePlayStage();
        Slot monday = aSlot().of(setup.vacancy(), setup.stage()).inHours(72).persist();
        Slot tuesday = aSlot().of(setup.vacancy(), setup.stage()).inHours(96).persist();
        Application application = candidateIn(setup);
        String token = statusToken(candidates, application);
        WebSession candidate = WebSession.anonymous();
        candidate.post(bookingUrl(token, application), Map.of("slotId", monday.id)).then().statusCode(303);
        confirmations.queueOwed();

        candidate.post(bookingUrl(token, application), Map.of("slotId", tuesday.id)).then().statusCode(303);
        confirmations.queueOwed();

        assertEquals(0, TestSlots.reload(monday.id).booked);
        assertEquals(1, TestSlots.reload(tuesday.id).booked);
        OutboxMail booked = mails("booking-booked", email(application)).get(0);
        OutboxMail moved = mails("booking-rescheduled", email(application)).get(0);
        String uid = open(booked).calendar().lines().filter(line -> line.startsWith("UID:")).findFirst().orElseThrow();
        assertTrue(open(moved).calendar().contains(uid), "same event");
        assertTrue(open(moved).calendar().contains("SEQUENCE:1"), open(moved).calendar());
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1,
                BookingFact.<BookingFact> find("vacancyId", setup.vacancy().id).firstResult().reschedules));
    }

    @Test
    void aBookingMovedBeforeItsConfirmationWentOutIsConfirmedOnceForTheNewMoment() {
        Setup setup = vacancyWithRolePlayStage();
        Slot monday = aSlot().of(setup.vacancy(), setup.stage()).inHours(72).persist();
        Slot tuesday = aSlot().of(setup.vacancy(), setup.stage()).inHours(96).persist();
        Application application = candidateIn(setup);
        String token = statusToken(candidates, application);
        WebSession candidate = WebSession.anonymous();
        candidate.post(bookingUrl(token, application), Map.of("slotId", monday.id)).then().statusCode(303);
        candidate.post(bookingUrl(token, application), Map.of("slotId", tuesday.id)).then().statusCode(303);

        confirmations.queueOwed();

        List<OutboxMail> booked = mails("booking-booked", email(application));
        assertEquals(1, booked.size());
        assertEquals(List.of(), mails("booking-rescheduled", email(application)), "nothing to move: the first mail has the new moment");
        String when = Formats.dateTime(TestSlots.reload(tuesday.id).startsAt, Locale.forLanguageTag("nl"));
        assertTrue(open(booked.get(0)).text().contains(when), open(booked.get(0)).text());
        assertTrue(open(booked.get(0)).calendar().contains("SEQUENCE:1"), open(booked.get(0)).calendar());
    }

    @Test
    void pastTheCutOffTheCandidateIsToldToContactTheRecruiter() {
        Setup setup = vacancyWithRolePlayStage();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).inHours(72).persist();
        Slot later = aSlot().of(setup.vacancy(), setup.stage()).inHours(120).persist();
        Application application = candidateIn(setup);
        String token = statusToken(candidates, application);
        WebSession candidate = WebSession.anonymous();
        candidate.post(bookingUrl(token, application), Map.of("slotId", slot.id)).then().statusCode(303);

        TestClock.set(slot.startsAt.minus(Duration.ofHours(23)));
        candidate.post(bookingUrl(token, application) + "/cancel", Map.of("kind", "ROLE_PLAY")).then().statusCode(409)
                .body(containsString("Wijzigen kan nu niet meer online"));
        candidate.post(bookingUrl(token, application), Map.of("slotId", later.id)).then().statusCode(409)
                .body(containsString("Wijzigen kan nu niet meer online"));
        candidate.get(bookingUrl(token, application)).then().statusCode(200)
                .body(not(containsString("Ja, zeg af")), containsString("Wijzigen kan nu niet meer online"));
        assertEquals(1, bookings(slot.id));
        assertEquals(0, bookings(later.id));
    }

    @Test
    void aSlotWithBookingsIsCancelledNotDeletedAndItsCandidatesAreTold() {
        Setup setup = vacancyWithRolePlayStage();
        AppUser assessor = TestUsers.hiringManager();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).seats(8).with(assessor).persist();
        Slot empty = aSlot().of(setup.vacancy(), setup.stage()).inHours(100).persist();
        Application one = candidateIn(setup);
        Application two = candidateIn(setup);
        WebSession.anonymous().post(bookingUrl(statusToken(candidates, one), one), Map.of("slotId", slot.id)).then().statusCode(303);
        WebSession.anonymous().post(bookingUrl(statusToken(candidates, two), two), Map.of("slotId", slot.id)).then().statusCode(303);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String base = "/app/vacancies/" + setup.vacancy().id + "/slots/";

        recruiter.post(base + slot.id + "/delete").then().statusCode(409).body(containsString("kan niet worden verwijderd"));
        assertEquals(2, bookings(slot.id));
        recruiter.post(base + empty.id + "/delete").then().statusCode(303);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Slot.count("id", empty.id)));

        recruiter.post(base + slot.id + "/cancel").then().statusCode(303);

        assertEquals(0, bookings(slot.id));
        Slot cancelled = TestSlots.reload(slot.id);
        assertEquals(SlotStatus.CANCELLED, cancelled.status);
        assertEquals(0, cancelled.booked);
        for (Application application : List.of(one, two)) {
            OutboxMail told = mails("booking-slot-cancelled", email(application)).get(0);
            assertEquals("CANCEL", told.calendarMethod);
            assertTrue(open(told).text().contains("/booking"), "a link to choose another moment");
        }
        assertEquals("CANCEL", mails("slot-cancelled", assessor.email).get(0).calendarMethod);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(2,
                BookingFact.count("vacancyId = ?1 and outcome = ?2", setup.vacancy().id, BookingOutcome.CANCELLED)));
    }

    @Test
    void theRecruiterRecordsANoShowAfterTheSlotAndTheFactKeepsIt() {
        Setup setup = vacancyWithRolePlayStage();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).inHours(72).persist();
        Application application = candidateIn(setup);
        WebSession.anonymous().post(bookingUrl(statusToken(candidates, application), application), Map.of("slotId", slot.id))
                .then().statusCode(303);
        long bookingId = QuarkusTransaction.requiringNew().call(() -> Booking.<Booking> find("slot.id", slot.id).firstResult().id);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());
        String attendance = "/app/vacancies/" + setup.vacancy().id + "/slots/bookings/" + bookingId + "/attendance";

        recruiter.post(attendance, Map.of("attendance", "NO_SHOW")).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(null, Booking.<Booking> findById(bookingId).attendance,
                "not before the slot"));

        TestClock.set(slot.startsAt.plus(Duration.ofMinutes(50)));
        recruiter = WebSession.as(TestUsers.recruiter());
        recruiter.post(attendance, Map.of("attendance", "NO_SHOW")).then().statusCode(303);
        recruiter.get("/app/vacancies/" + setup.vacancy().id + "/slots").then().statusCode(200)
                .body(containsString("1 niet gekomen"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Attendance.NO_SHOW, Booking.<Booking> findById(bookingId).attendance);
            assertEquals(BookingOutcome.NO_SHOW, BookingFact.<BookingFact> find("vacancyId", setup.vacancy().id).firstResult().outcome);
        });
    }

    @Test
    void aFrenchConfirmationReadsRightWhateverTheKindsGender() {
        Setup setup = vacancyWithRolePlayStage();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).seats(8).kind(SlotKind.GROUP_SESSION).persist();
        Application application = candidateIn(setup);
        QuarkusTransaction.requiringNew().run(() -> Candidate.update("locale = 'fr' where id = ?1", application.candidate.id));
        String token = statusToken(candidates, application);

        WebSession.anonymous().post(bookingUrl(token, application), Map.of("slotId", slot.id)).then().statusCode(303);
        confirmations.queueOwed();

        // "séance" is feminine, the other kinds masculine: the sentence agrees with "réservation" for all of them.
        String text = open(mails("booking-booked", email(application)).get(0)).text();
        assertTrue(text.contains("La réservation de votre séance d'information collective pour Klantenservice Boeken est confirmée."),
                text);
        // French sets a no-break space before a colon, in the mail and on the status page.
        assertTrue(text.contains("Quand\u00a0: "), text);
        WebSession.anonymous().get("/status/" + token).then().statusCode(200)
                .body(containsString("Séance d&#39;information collective\u00a0:"));
    }

    @Test
    void theBookingLinkGoesOutInTheCandidatesLanguage() {
        Setup setup = vacancyWithRolePlayStage();
        aSlot().of(setup.vacancy(), setup.stage()).persist();
        Application english = candidateIn(setup);
        Application notOffered = anApplication().to(setup.vacancy()).inStage(0).persist();
        QuarkusTransaction.requiringNew().run(() -> Candidate.update("locale = 'en' where id = ?1", english.candidate.id));

        assertTrue(invitations.invite(english.id));
        assertTrue(!invitations.invite(notOffered.id), "no slots for the first stage");

        OutboxMail mail = mails("booking-invitation", email(english)).get(0);
        Outbox.Mail opened = open(mail);
        assertEquals("Choose your moment: Klantenservice Boeken", opened.subject());
        assertTrue(opened.text().matches("(?s).*/status/[A-Za-z0-9_-]{43}/applications/" + english.id + "/booking.*"), opened.text());
        assertEquals(0, mails("booking-invitation", email(notOffered)).size());
    }

    @Test
    void theRecruiterSendsTheBookingLinkToTheTickedCards() {
        Setup setup = vacancyWithRolePlayStage();
        aSlot().of(setup.vacancy(), setup.stage()).persist();
        Application one = candidateIn(setup);
        Application two = candidateIn(setup);
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/vacancies/" + setup.vacancy().id + "/slots/invite",
                Map.of("ids", List.of(one.id, two.id), "returnTo", "/app/vacancies/" + setup.vacancy().id + "/board"))
                .then().statusCode(303);

        assertEquals(1, mails("booking-invitation", email(one)).size());
        assertEquals(1, mails("booking-invitation", email(two)).size());
    }

    @Test
    void invitingWithAReturnAddressThatIsNoAddressGoesBackToTheMoments() {
        Setup setup = vacancyWithRolePlayStage();
        aSlot().of(setup.vacancy(), setup.stage()).persist();
        Application one = candidateIn(setup);
        String moments = "/app/vacancies/" + setup.vacancy().id + "/slots";
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post(moments + "/invite", Map.of("ids", List.of(one.id), "returnTo", "/ x")).then().statusCode(303)
                .header("Location", endsWith(moments));
        assertEquals(1, mails("booking-invitation", email(one)).size());
        recruiter.post(moments + "/invite", Map.of("returnTo", "/a|b")).then().statusCode(303).header("Location", endsWith(moments));
    }

    @Test
    void aWithdrawnApplicationGivesItsSeatBackAndTheCalendarEventIsCancelled() {
        Setup setup = vacancyWithRolePlayStage();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).persist();
        Application application = candidateIn(setup);
        String token = statusToken(candidates, application);
        WebSession candidate = WebSession.anonymous();
        candidate.post(bookingUrl(token, application), Map.of("slotId", slot.id)).then().statusCode(303);
        confirmations.queueOwed();

        candidate.post("/status/" + token + "/applications/" + application.id + "/withdraw").then().statusCode(303);

        assertEquals(0, TestSlots.reload(slot.id).booked);
        assertEquals(0, bookings(slot.id));
        OutboxMail ended = mails("booking-ended", email(application)).get(0);
        assertEquals("CANCEL", ended.calendarMethod);
        assertTrue(!open(ended).text().contains("/booking"), "nothing left to choose");
    }

    @Test
    void anotherCandidatesLinkOpensNothing() {
        Setup setup = vacancyWithRolePlayStage();
        Slot slot = aSlot().of(setup.vacancy(), setup.stage()).persist();
        Application mine = candidateIn(setup);
        Application theirs = candidateIn(setup);
        String token = statusToken(candidates, mine);
        WebSession.anonymous().get(bookingUrl(token, theirs)).then().statusCode(404);
        WebSession.anonymous().post(bookingUrl(token, theirs), Map.of("slotId", slot.id)).then().statusCode(404);
        assertEquals(0, bookings(slot.id));
    }
}
