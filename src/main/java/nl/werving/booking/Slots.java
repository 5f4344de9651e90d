package nl.werving.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.Formats;
import nl.werving.web.RuleViolation;
import nl.werving.web.WorkingDays;

/**
 * The recruiter's side of slots: publishing many at once, cancelling one (its candidates are told and get the calendar
 * cancellation), deleting one nobody booked, and recording who came.
 */
@ApplicationScoped
public class Slots {

    /** A slot with its bookings (candidate fetched) and how many wait. */
    public record SlotView(Slot slot, List<Booking> bookings, long waiting) {
    }

    /** The slots page of a vacancy. */
    public record SlotsPage(Vacancy vacancy, List<Stage> stages, List<SlotView> slots, List<AppUser> people,
            Map<BookingOutcome, Long> facts, Instant now) {

        public long fact(BookingOutcome outcome) {
            return facts.getOrDefault(outcome, 0L);
        }

        public boolean isPast(Slot slot) {
            return !slot.startsAt.isAfter(now);
        }
    }

    private final VacancyService vacancies;
    private final Bookings bookings;
    private final BookingInvitations invitations;
    private final BookingMails mails;
    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Slots(VacancyService vacancies, Bookings bookings, BookingInvitations invitations, BookingMails mails, Outbox outbox, CurrentUser currentUser, Clock clock) {
        this.vacancies = vacancies;
        this.bookings = bookings;
        this.invitations = invitations;
        this.mails = mails;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The vacancy's slots, soonest first, with bookings and waiting counts; a fixed number of queries. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public SlotsPage page(long vacancyId) {
        Vacancy vacancy = vacancies.get(vacancyId);
        List<Slot> slots = Slot.listForVacancy(vacancyId);
        List<Long> ids = slots.stream().map(slot -> slot.id).toList();
        Map<Long, List<Booking>> bySlot = Booking.listForSlots(ids).stream().collect(Collectors.groupingBy(b -> b.slot.id));
        Map<Long, Long> waiting = WaitingEntry.countBySlot(ids);
        List<SlotView> views = slots.stream()
                .map(slot -> new SlotView(slot, bySlot.getOrDefault(slot.id, List.of()), waiting.getOrDefault(slot.id, 0L))).toList();
        return new SlotsPage(vacancy, Stage.listForVacancy(vacancyId), views, AppUser.listActiveByName(),
                BookingFact.countOutcomes(vacancyId), Instant.now(clock));
    }

    /** Publishes a slot per start time and working day; returns how many. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public int publish(long vacancyId, SlotForm form) {
        Vacancy vacancy = vacancies.get(vacancyId);
        Stage stage = Stage.<Stage> findByIdOptional(form.stageId).filter(s -> s.vacancy.id.equals(vacancyId))
                .orElseThrow(() -> new RuleViolation("slot-stage", "Stage " + form.stageId + " is not of vacancy " + vacancyId));
        List<LocalTime> times = form.startTimes()
                .orElseThrow(() -> new RuleViolation("slot-times", "Start times are read as 09:00 10:30"));
        if (blank(form.location) && blank(form.videoUrl) && blank(form.room)) {
            throw new RuleViolation("slot-place", "A slot needs a place, a room or a video link");
        }
        List<Long> wanted = form.interviewerIds == null ? List.of() : form.interviewerIds;
        List<AppUser> interviewers = AppUser.listActive(new HashSet<>(wanted));
        if (interviewers.size() != new HashSet<>(wanted).size()) {
            throw new RuleViolation("slot-interviewer", "Every interviewer is an active user");
        }
        List<LocalDate> days = days(form.date, form.days);
        if (days.size() * times.size() > SlotForm.MOST_SLOTS) {
            throw new RuleViolation("slot-too-many", "At most " + SlotForm.MOST_SLOTS + " slots at once");
        }
        Instant now = Instant.now(clock);
        List<Slot> created = new ArrayList<>();
        for (LocalDate day : days) {
            for (LocalTime time : times) {
                Instant startsAt = day.atTime(time).atZone(Formats.ZONE).toInstant();
                if (!startsAt.isAfter(now)) {
                    throw new RuleViolation("slot-in-past", "Slots are published for the future");
                }
                Slot slot = new Slot();
                slot.vacancy = vacancy;
                slot.stage = stage;
                slot.kind = form.kind;
                slot.startsAt = startsAt;
                slot.durationMinutes = form.durationMinutes;
                slot.location = strip(form.location);
                slot.videoUrl = strip(form.videoUrl);
                slot.room = strip(form.room);
                slot.capacity = form.capacity;
                slot.status = SlotStatus.OPEN;
                slot.calendarUid = UUID.randomUUID() + "@werving";
                slot.createdBy = currentUser.getId();
                slot.createdAt = now;
                slot.interviewers.addAll(interviewers);
                created.add(slot);
            }
        }
        Slot.persist(created);
        return created.size();
    }

    /**
     * Cancels a slot: its candidates get the cancellation with the calendar event and a link to choose another moment,
     * the colleagues get the event's cancellation, and whoever waited for it no longer does. Returns how many were booked.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public int cancel(long vacancyId, long slotId) {
        Slot slot = ofVacancy(vacancyId, slotId);
        // After the bookings being written, so that their candidates are told too.
        Slot.holdAgainstBookings(slotId);
        Slot.getEntityManager().refresh(slot);
        boolean hadBookings = slot.booked > 0;
        if (!Slot.cancelOpen(slotId)) {
            throw new RuleViolation("slot-cancelled", "Slot " + slotId + " was cancelled already");
        }
        Slot.getEntityManager().refresh(slot);
        List<Booking> booked = Booking.listToTell(slotId);
        for (Booking booking : booked) {
            bookings.mailCandidate(booking, BookingEvent.SLOT_CANCELLED);
            booking.fact.outcome = BookingOutcome.CANCELLED;
            booking.delete();
        }
        WaitingEntry.delete("slot.id", slotId);
        Booking.getEntityManager().flush();
        Slot.update("booked = 0 where id = ?1", slotId);
        if (hadBookings) {
            mails.toStaff(slot.vacancy, slot, true).forEach(outbox::enqueue);
        }
        return booked.size();
    }

    /** Deletes a slot nobody booked; a slot with bookings is cancelled instead ({@code slot-has-bookings}). */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public void delete(long vacancyId, long slotId) {
        ofVacancy(vacancyId, slotId);
        WaitingEntry.delete("slot.id", slotId);
        Slot.getEntityManager().clear();
        if (!Slot.deleteUnbooked(slotId)) {
            throw new RuleViolation("slot-has-bookings", "Slot " + slotId + " has bookings");
        }
    }

    /** Records whether the candidate came, once the slot has started; the fact keeps it for the reports. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public void recordAttendance(long vacancyId, long bookingId, Attendance attendance) {
        Booking booking = Booking.<Booking> findByIdOptional(bookingId).orElseThrow(NotFoundException::new);
        ofVacancy(vacancyId, booking.slot.id);
        if (booking.slot.startsAt.isAfter(Instant.now(clock))) {
            throw new RuleViolation("slot-not-started", "Attendance is recorded once the slot has started");
        }
        booking.attendance = attendance;
        booking.fact.outcome = attendance == Attendance.ATTENDED ? BookingOutcome.ATTENDED : BookingOutcome.NO_SHOW;
    }

    /** The recruiter sends the booking link to these applications of the vacancy; returns how many got it. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public int invite(long vacancyId, List<Long> applicationIds) {
        vacancies.get(vacancyId);
        return invitations.inviteAll(Application.listOfVacancy(vacancyId, applicationIds).stream().map(a -> a.id).toList());
    }

    /** The slot, if it is of the vacancy and the vacancy is the user's to see. */
    private Slot ofVacancy(long vacancyId, long slotId) {
        vacancies.get(vacancyId);
        Slot slot = Slot.<Slot> findByIdOptional(slotId).orElseThrow(NotFoundException::new);
        if (!slot.vacancy.id.equals(vacancyId)) {
            throw new NotFoundException();
        }
        return slot;
    }

    /** The first day and the working days after it, {@code count} in all. */
    static List<LocalDate> days(LocalDate first, int count) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = first;
        while (days.size() < count) {
            if (days.isEmpty() || WorkingDays.isWorkingDay(day)) {
                days.add(day);
            }
            day = day.plusDays(1);
        }
        return days;
    }

    private static String strip(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
