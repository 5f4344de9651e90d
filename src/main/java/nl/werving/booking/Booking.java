package nl.werving.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.Timeouts;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;

/**
 * A candidate's seat in a slot: personal data, deleted with the candidate (the database cascades from the candidate row),
 * while its {@link BookingFact} stays. One booking per application and kind; the calendar uid stays the same when the
 * candidate moves to another slot, so their calendar moves the event.
 */
@Entity
public class Booking extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Slot slot;

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public SlotKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    public BookingFact fact;

    public Instant bookedAt;
    public Instant remindedAt;

    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    public String calendarUid;
    public int calendarSequence;

    /**
     * The confirmation this booking still owes its candidate (booked, moved, given from the waiting list), until
     * {@link BookingConfirmations} queues it.
     */
    @Enumerated(EnumType.STRING)
    public BookingEvent mailOwed;

    @Version
    public long version;

    /**
     * Whether the candidate has had this booking's calendar event: not while its first confirmation (booked, or given
     * from the waiting list) is still owed. A move owes a confirmation too, but of an event the candidate already has.
     */
    boolean reachedCandidate() {
        return mailOwed != BookingEvent.BOOKED && mailOwed != BookingEvent.PROMOTED;
    }

    static Optional<Booking> of(long applicationId, SlotKind kind) {
        return find("select b from Booking b join fetch b.slot where b.application.id = ?1 and b.kind = ?2", applicationId, kind)
                .firstResultOptional();
    }

    /** The application's bookings, one per kind at most, with their slots; one query. */
    static Map<SlotKind, Booking> ofApplication(long applicationId) {
        return Booking.<Booking> find("select b from Booking b join fetch b.slot where b.application.id = ?1", applicationId).stream()
                .collect(Collectors.toMap(booking -> booking.kind, booking -> booking));
    }

    /** A slot's bookings with their candidates (names opened), for the recruiter's list; one query and one for the keys. */
    static List<Booking> listForSlots(Collection<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return List.of();
        }
        List<Booking> bookings = find("select b from Booking b join fetch b.candidate where b.slot.id in ?1 order by b.bookedAt, b.id",
                slotIds).list();
        Candidate.openAll(bookings.stream().map(booking -> booking.candidate).toList());
        return bookings;
    }

    /** The bookings of a slot with candidate, application and vacancy, to tell them of a change. */
    static List<Booking> listToTell(long slotId) {
        return find("""
                select b from Booking b join fetch b.candidate join fetch b.application a join fetch a.vacancy join fetch b.slot
                where b.slot.id = ?1""", slotId).list();
    }

    /** A candidate's bookings with their slots and vacancies, for the status page and the export. */
    static List<Booking> listForCandidate(long candidateId) {
        return find("""
                select b from Booking b join fetch b.slot s join fetch s.vacancy where b.candidate.id = ?1 order by s.startsAt""",
                candidateId).list();
    }

    /** Bookings whose reminder is due (see {@link #reminderDue}), soonest first; their ids. */
    static List<Long> dueForReminder(Instant from, Instant until, Duration remindBefore) {
        return find("""
                select b from Booking b join fetch b.slot s
                where b.remindedAt is null and s.status = ?1 and s.startsAt > ?2 and s.startsAt <= ?3 order by s.startsAt""",
                SlotStatus.OPEN, from, until).<Booking> list().stream()
                .filter(b -> b.reminderDue(from, until, remindBefore)).map(b -> b.id).toList();
    }

    /**
     * Whether this booking's reminder is due: not sent yet, its slot open and starting between the two instants, and booked
     * before the reminder was due (a later booking has just had its confirmation).
     */
    boolean reminderDue(Instant from, Instant until, Duration remindBefore) {
        return remindedAt == null && slot.status == SlotStatus.OPEN && slot.startsAt.isAfter(from) && !slot.startsAt.isAfter(until)
                && bookedAt.isBefore(slot.startsAt.minus(remindBefore));
    }

    /**
     * The booking locked to queue its reminder; null when it has been reminded or another transaction holds it (another
     * instance, or the candidate moving it: the next run looks again).
     */
    static Booking lockUnreminded(long bookingId) {
        return find("id = ?1 and remindedAt is null", bookingId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI).firstResult();
    }

    /** Bookings that owe their candidate a confirmation, oldest first. */
    static List<Long> owingMail(int limit) {
        return getEntityManager().createQuery("select b.id from Booking b where b.mailOwed is not null order by b.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    /** The booking locked to queue the confirmation it owes; null when it owes none or another instance holds it. */
    static Booking lockOwing(long bookingId) {
        return find("id = ?1 and mailOwed is not null", bookingId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI).firstResult();
    }

    /** An application's bookings still to come. */
    static List<Booking> listUpcoming(long applicationId, Instant now) {
        return find("select b from Booking b join fetch b.slot s where b.application.id = ?1 and s.startsAt > ?2", applicationId, now)
                .list();
    }

    /** The candidates' bookings still to come. */
    static List<Booking> listUpcomingOfCandidates(Collection<Long> candidateIds, Instant now) {
        return find("select b from Booking b join fetch b.slot s where b.candidate.id in ?1 and s.startsAt > ?2", candidateIds, now)
                .list();
    }
}
