package nl.werving.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.mail.Outbox;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationEnded;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.web.RuleViolation;
import nl.werving.web.WervingConfig;

/**
 * Candidates book, move and cancel their own seat, or wait for one, until the cut-off before the slot. A seat is taken
 * with one conditional update of the slot's counter ({@link SeatCounter}), so the database decides between candidates
 * racing for the last seat; the unique key on (application, kind) refuses a second booking of the same application.
 * A booking, a move and a seat from the waiting list owe the candidate a confirmation with the calendar event, which
 * {@link BookingConfirmations} queues seconds later; a cancellation is mailed through the outbox in its own transaction.
 * The colleagues on the slot get its event when the first seat is taken and its cancellation when the last seat is given
 * back.
 *
 * <p>A seat given back before the cut-off goes to the first on the slot's waiting list at once, who is told by mail (with
 * the event) and can still move or cancel: they asked for exactly that moment, so taking it for them is what they wanted,
 * and nobody races for it. After the cut-off the seat stays free and the team plans by hand.
 */
@ApplicationScoped
public class Bookings {

    /** What the booking page shows for one kind of meeting offered to the application. */
    public record Offer(SlotKind kind, Booking booking, boolean changeable, WaitingEntry waiting, List<Slot> slots) {

        public boolean hasBooking() {
            return booking != null;
        }

        public List<Slot> openSlots() {
            return slots.stream().filter(slot -> !slot.isFull()).toList();
        }

        public List<Slot> fullSlots() {
            return slots.stream().filter(Slot::isFull).toList();
        }
    }

    /** The booking page of one application, with the vacancy's title in the page's language where it has one. */
    public record BookingPage(Application application, String vacancyTitle, List<Offer> offers, String contact, long cutOffHours) {
    }

    /** What a booking did, for the message after it. */
    public enum Outcome {
        BOOKED, RESCHEDULED, UNCHANGED
    }

    private final BookingMails mails;
    private final SeatCounter seats;
    private final Outbox outbox;
    private final CandidateService candidates;
    private final BookingConfig config;
    private final WervingConfig werving;
    private final Clock clock;
    private final boolean keyShareLocks;

    public Bookings(BookingMails mails, SeatCounter seats, Outbox outbox, CandidateService candidates, BookingConfig config,
            WervingConfig werving, Clock clock, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.keyShareLocks = DatabaseKind.isPostgreSQL(databaseKind);
        this.mails = mails;
        this.seats = seats;
        this.outbox = outbox;
        this.candidates = candidates;
        this.config = config;
        this.werving = werving;
        this.clock = clock;
    }

    /** The candidate's application with what it is offered: per kind, the booking or the slots to choose from. */
    @Transactional
    public BookingPage page(long candidateId, long applicationId, Locale locale) {
        Application application = own(candidateId, applicationId);
        Instant bookableAfter = bookableAfter();
        Map<SlotKind, List<Slot>> bookable = application.status == ApplicationStatus.ACTIVE
                ? Slot.listBookable(application.stage.id, bookableAfter)
                : Map.of();
        return page(application, Booking.ofApplication(applicationId), bookable, bookableAfter, locale);
    }

    /** The page from what the caller has read already in this transaction: one more query at most. */
    private BookingPage page(Application application, Map<SlotKind, Booking> bookings, Map<SlotKind, List<Slot>> bookable,
            Instant bookableAfter, Locale locale) {
        List<Offer> offers = new ArrayList<>();
        if (application.status == ApplicationStatus.ACTIVE) {
            Map<SlotKind, WaitingEntry> waiting = bookings.isEmpty() && bookable.isEmpty() ? Map.of()
                    : WaitingEntry.ofApplication(application.id);
            for (SlotKind kind : SlotKind.values()) {
                Booking booking = bookings.get(kind);
                List<Slot> slots = bookable.getOrDefault(kind, List.of());
                if (booking == null && slots.isEmpty()) {
                    continue;
                }
                offers.add(new Offer(kind, booking, booking == null || booking.slot.startsAt.isAfter(bookableAfter), waiting.get(kind),
                        slots.stream().filter(slot -> booking == null || !slot.id.equals(booking.slot.id)).toList()));
            }
        }
        return new BookingPage(application, application.vacancy.titleIn(locale), offers, BookingMails.contact(application.vacancy),
                config.cutOff().toHours());
    }

    /**
     * Books a seat in the slot for the application, or moves its booking of the same kind there. Refused with
     * {@code slot-full} when the last seat went meanwhile, {@code cut-off} when the slot (or the booking being moved) is too
     * close, {@code not-offered} when the slot is not for this application: a refusal found before the seat is taken
     * comes as {@link BookingRefused}, with the page to answer with read in the same session. The rules read in the
     * request's session; a caller outside a request gets one for the call.
     */
    @ActivateRequestContext
    public Outcome book(long candidateId, long applicationId, long slotId, Locale locale) {
        // The seat is taken by one statement that commits on its own, before the booking is written in a transaction of
        // its own: the slot's row is locked for that statement only, so two hundred candidates racing for forty seats
        // queue for milliseconds, not seconds. If the rest fails, the seat is given back; a crash in between can only
        // leave a seat unused, never give one twice.
        int seat = claim(candidateId, applicationId, slotId, locale);
        if (seat == 0) {
            return Outcome.UNCHANGED;
        }
        try {
            return completeWithSeat(candidateId, applicationId, slotId, seat == 1);
        } catch (RuntimeException failed) {
            QuarkusTransaction.requiringNew().run(() -> Slot.releaseSeat(slotId));
            throw failed;
        }
    }

    /**
     * Checks the rules and takes the seat; returns which seat (1 for the first), or 0 when the application has it already.
     * Runs outside a transaction: the rules only read, and the seat is {@link SeatCounter}'s statement, which commits on
     * its own. A transaction around both held the slot's row from the update to the commit, a round trip to an instance
     * busy with the rest of the rush, and every candidate behind waited for it. A refusal reads the page from what the
     * rules read: most of a rush for a few seats is refused.
     */
    private int claim(long candidateId, long applicationId, long slotId, Locale locale) {
        // Nothing read here is changed, so Hibernate keeps no copies to compare and flushes nothing: in a rush most of
        // these requests only read and are refused.
        Session session = Slot.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Application application = active(candidateId, applicationId);
        Map<SlotKind, Booking> bookings = Booking.ofApplication(applicationId);
        Instant bookableAfter = bookableAfter();
        // Read before the slot asked for, which is one of them unless the request is stale or forged: the rules then find
        // it loaded, and a refusal's page lists them.
        Map<SlotKind, List<Slot>> bookable = Slot.listBookable(application.stage.id, bookableAfter);
        try {
            return takeSeat(application, bookings, slotId, bookableAfter);
        } catch (RuleViolation refused) {
            throw new BookingRefused(refused, page(application, bookings, bookable, bookableAfter, locale));
        }
    }

    private int takeSeat(Application application, Map<SlotKind, Booking> bookings, long slotId, Instant bookableAfter) {
        Slot slot = offered(application, slotId);
        if (!slot.startsAt.isAfter(bookableAfter)) {
            throw new RuleViolation("cut-off", "Slot " + slotId + " is past the cut-off");
        }
        Booking existing = bookings.get(slot.kind);
        if (existing != null && existing.slot.id.equals(slotId)) {
            return 0;
        }
        if (existing != null && !existing.slot.startsAt.isAfter(bookableAfter)) {
            throw new RuleViolation("cut-off", "The booking of application " + application.id + " is past the cut-off");
        }
        // Full already: no need to wait for the row's lock to learn it.
        if (slot.isFull()) {
            throw new RuleViolation("slot-full", "Slot " + slotId + " is full");
        }
        int seat = seats.take(slotId, bookableAfter);
        if (seat == 0) {
            // Full for the page, the moment it was refused; read-only here, so nothing writes it back.
            slot.booked = slot.capacity;
            throw new RuleViolation("slot-full", "Slot " + slotId + " is full");
        }
        return seat;
    }

    /**
     * {@link #complete} in a transaction of its own. A job that marks the booking's mail as sent (the confirmation or the
     * reminder) between the move's read and its write fails that write on the booking's version; nothing the move decides
     * on changed, so it is made once more from the booking as the job left it, and the candidate gets the new moment.
     */
    private Outcome completeWithSeat(long candidateId, long applicationId, long slotId, boolean firstSeat) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> complete(candidateId, applicationId, slotId, firstSeat));
        } catch (OptimisticLockException | StaleStateException movedMeanwhile) {
            return QuarkusTransaction.requiringNew().call(() -> complete(candidateId, applicationId, slotId, firstSeat));
        }
    }

    /** With the seat taken: the booking (new or moved) owing its confirmation, its fact, and the old seat given back. */
    private Outcome complete(long candidateId, long applicationId, long slotId, boolean firstSeat) {
        Application application = active(candidateId, applicationId);
        Slot slot = Slot.findById(slotId);
        Optional<Booking> existing = Booking.of(applicationId, slot.kind);
        if (existing.isPresent() && existing.get().slot.id.equals(slotId)) {
            // Another tab of the same candidate booked this slot meanwhile.
            throw new RuleViolation("already-booked", "Application " + applicationId + " is in slot " + slotId + " already");
        }
        WaitingEntry.of(applicationId, slot.kind).ifPresent(WaitingEntry::delete);
        if (existing.isPresent()) {
            Booking booking = existing.get();
            Slot old = booking.slot;
            booking.slot = slot;
            booking.calendarSequence++;
            booking.remindedAt = null;
            booking.fact.slotStartsAt = slot.startsAt;
            booking.fact.reschedules++;
            // A confirmation not yet sent goes out as it was owed, of the new moment.
            if (booking.mailOwed == null) {
                booking.mailOwed = BookingEvent.RESCHEDULED;
            }
            Slot.getEntityManager().flush();
            Slot.releaseSeat(old.id);
            seatGivenBack(old.id);
            seatTaken(slot, firstSeat);
            stillOpen(slot);
            return Outcome.RESCHEDULED;
        }
        newBooking(application, slot, BookingEvent.BOOKED);
        seatTaken(slot, firstSeat);
        stillOpen(slot);
        return Outcome.BOOKED;
    }

    /**
     * Checks that the slot is still open, holding its row until the booking commits ({@link Slot#holdForBooking}): a
     * recruiter's cancellation holds the row first, so either it waits for this booking, lists it and tells the candidate,
     * or this booking sees the cancellation and rolls back (its seat given back). Last, with the first seat's new calendar
     * sequence just before it, so that the row is held for the commit only.
     */
    private void stillOpen(Slot slot) {
        Slot.getEntityManager().flush();
        if (Slot.holdForBooking(slot.id, keyShareLocks) != SlotStatus.OPEN) {
            throw new RuleViolation("slot-cancelled", "Slot " + slot.id + " was cancelled while it was booked");
        }
    }

    /** The candidate cancels their booking of this kind; refused with {@code cut-off} when it is too close. */
    @Transactional
    public void cancel(long candidateId, long applicationId, SlotKind kind) {
        own(candidateId, applicationId);
        Booking booking = Booking.of(applicationId, kind).orElseThrow(NotFoundException::new);
        if (!booking.slot.startsAt.isAfter(bookableAfter())) {
            throw new RuleViolation("cut-off", "The booking of application " + applicationId + " is past the cut-off");
        }
        // Cancelled before its confirmation went out, it left no event to take out of a calendar: the page says it, no mail.
        if (booking.reachedCandidate()) {
            mailCandidate(booking, BookingEvent.CANCELLED);
        }
        drop(booking);
    }

    /** The candidate waits for a seat in a full slot; any earlier wait for this kind moves here. */
    @Transactional
    public void joinWaitingList(long candidateId, long applicationId, long slotId) {
        Application application = active(candidateId, applicationId);
        Slot slot = offered(application, slotId);
        if (!slot.startsAt.isAfter(bookableAfter())) {
            throw new RuleViolation("cut-off", "Slot " + slotId + " is past the cut-off");
        }
        if (Booking.of(applicationId, slot.kind).isPresent()) {
            throw new RuleViolation("already-booked", "Application " + applicationId + " has a booking of this kind");
        }
        if (!slot.isFull()) {
            throw new RuleViolation("slot-free", "Slot " + slotId + " has a free seat");
        }
        WaitingEntry entry = WaitingEntry.of(applicationId, slot.kind).orElseGet(WaitingEntry::new);
        entry.slot = slot;
        entry.application = application;
        entry.candidate = application.candidate;
        entry.kind = slot.kind;
        entry.joinedAt = Instant.now(clock);
        entry.persist();
    }

    @Transactional
    public void leaveWaitingList(long candidateId, long applicationId, SlotKind kind) {
        own(candidateId, applicationId);
        WaitingEntry.of(applicationId, kind).ifPresent(WaitingEntry::delete);
    }

    /** An application ended (withdrawn, rejected, hired): its seats still to come go back, its waiting ends. */
    void onApplicationEnded(@Observes ApplicationEnded ended) {
        for (Booking booking : Booking.listUpcoming(ended.applicationId(), Instant.now(clock))) {
            if (booking.application.candidate != null && booking.reachedCandidate()) {
                mailCandidate(booking, BookingEvent.ENDED);
            }
            drop(booking);
        }
        WaitingEntry.delete("application.id", ended.applicationId());
    }

    /** Deletes a booking, keeps its fact as cancelled, and gives the seat back. */
    void drop(Booking booking) {
        long slotId = booking.slot.id;
        booking.fact.outcome = BookingOutcome.CANCELLED;
        booking.delete();
        Booking.getEntityManager().flush();
        Slot.releaseSeat(slotId);
        seatGivenBack(slotId);
    }

    /**
     * A new booking with its fact, owing its candidate the confirmation {@code owed}; the unique key refuses a second one of
     * the application and kind.
     */
    void newBooking(Application application, Slot slot, BookingEvent owed) {
        Instant now = Instant.now(clock);
        BookingFact fact = new BookingFact();
        fact.vacancyId = application.vacancy.id;
        fact.kind = slot.kind;
        fact.slotStartsAt = slot.startsAt;
        fact.bookedAt = now;
        fact.outcome = BookingOutcome.BOOKED;
        fact.persist();
        Booking booking = new Booking();
        booking.slot = slot;
        booking.application = application;
        booking.candidate = application.candidate;
        booking.kind = slot.kind;
        booking.fact = fact;
        booking.bookedAt = now;
        booking.calendarUid = UUID.randomUUID() + "@werving";
        booking.mailOwed = owed;
        booking.persist();
        Booking.getEntityManager().flush();
    }

    /** The first seat of a slot taken: its colleagues get the event. */
    private void seatTaken(Slot slot, boolean firstSeat) {
        if (firstSeat) {
            Slot.nextSequence(slot.id);
            Slot.getEntityManager().refresh(slot);
            mails.toStaff(slot.vacancy, slot, false).forEach(outbox::enqueue);
        }
    }

    /**
     * A seat went back: before the cut-off it goes to the first on the waiting list; a slot left empty is taken out of
     * the colleagues' calendars.
     */
    void seatGivenBack(long slotId) {
        Slot slot = Slot.findById(slotId);
        Slot.getEntityManager().refresh(slot);
        if (slot.isOpen() && slot.startsAt.isAfter(bookableAfter())) {
            Optional<WaitingEntry> first = WaitingEntry.firstInLine(slotId);
            // Whoever moved on to another stage meanwhile no longer waits for this slot.
            while (first.isPresent() && !stillOffered(first.get(), slot)) {
                first.get().delete();
                Booking.getEntityManager().flush();
                first = WaitingEntry.firstInLine(slotId);
            }
            if (first.isPresent() && seats.take(slotId, bookableAfter()) > 0) {
                WaitingEntry entry = first.get();
                Application application = entry.application;
                entry.delete();
                Booking.getEntityManager().flush();
                newBooking(application, slot, BookingEvent.PROMOTED);
                Slot.getEntityManager().refresh(slot);
                seatTaken(slot, slot.booked == 1);
                return;
            }
        }
        if (slot.booked == 0 && slot.isOpen()) {
            Slot.nextSequence(slotId);
            Slot.getEntityManager().refresh(slot);
            mails.toStaff(slot.vacancy, slot, true).forEach(outbox::enqueue);
        }
    }

    private static boolean stillOffered(WaitingEntry entry, Slot slot) {
        Application application = entry.application;
        return application.status == ApplicationStatus.ACTIVE && slot.stage != null && application.stage.id.equals(slot.stage.id)
                && Booking.of(application.id, slot.kind).isEmpty();
    }

    Instant bookableAfter() {
        return Instant.now(clock).plus(config.cutOff());
    }

    /**
     * Queues the candidate's mail about their booking, with the link to their booking page unless nothing is left to choose
     * (the application ended).
     */
    void mailCandidate(Booking booking, BookingEvent event) {
        outbox.enqueue(mails.toCandidate(booking, event, event.isFinal() ? null : link(booking.candidate, booking.application.id)));
    }

    /** The link to the booking page, with a fresh status token (only its hash is kept). */
    String link(Candidate candidate, long applicationId) {
        return werving.baseUrl() + "/status/" + candidates.issueStatusToken(candidate) + "/applications/" + applicationId + "/booking";
    }

    private static Application own(long candidateId, long applicationId) {
        Application application = Application.findWithCandidate(applicationId).orElseThrow(NotFoundException::new);
        if (application.candidate == null || !application.candidate.id.equals(candidateId)) {
            throw new NotFoundException();
        }
        return application;
    }

    private static Application active(long candidateId, long applicationId) {
        Application application = own(candidateId, applicationId);
        if (application.status != ApplicationStatus.ACTIVE) {
            throw new RuleViolation("ended", "Application " + applicationId + " has ended");
        }
        return application;
    }

    /** The slot, if it is offered to the application's vacancy and stage and still open. */
    private static Slot offered(Application application, long slotId) {
        Slot slot = Slot.<Slot> findByIdOptional(slotId).orElseThrow(NotFoundException::new);
        if (!slot.vacancy.id.equals(application.vacancy.id) || slot.stage == null || !slot.stage.id.equals(application.stage.id)) {
            throw new RuleViolation("not-offered", "Slot " + slotId + " is not offered to application " + applicationId(application));
        }
        if (!slot.isOpen()) {
            throw new RuleViolation("slot-full", "Slot " + slotId + " was cancelled");
        }
        return slot;
    }

    private static long applicationId(Application application) {
        return application.id;
    }
}
