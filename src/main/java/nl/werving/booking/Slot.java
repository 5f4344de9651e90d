package nl.werving.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;

/**
 * A time a vacancy offers for one kind of meeting, to the applications in one stage, with room for {@link #capacity}
 * candidates. {@link #booked} changes only through the conditional updates below, never by setting the field, so two
 * candidates cannot both take the last seat; the entity is read, not written, once it is published.
 */
@Entity
public class Slot extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    public SlotKind kind;

    public Instant startsAt;
    public int durationMinutes;
    public String location;
    public String videoUrl;
    public String room;
    public int capacity;
    public int booked;

    @Enumerated(EnumType.STRING)
    public SlotStatus status;

    public String calendarUid;
    public int calendarSequence;
    public Long createdBy;
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "slot_interviewer", joinColumns = @JoinColumn(name = "slot_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<AppUser> interviewers = new LinkedHashSet<>();

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    public boolean isFull() {
        return booked >= capacity;
    }

    public int free() {
        return Math.max(0, capacity - booked);
    }

    public boolean isOpen() {
        return status == SlotStatus.OPEN;
    }

    /** A vacancy's slots with their stage and interviewers, soonest first; one query. */
    static List<Slot> listForVacancy(long vacancyId) {
        return find("""
                select s from Slot s left join fetch s.stage left join fetch s.interviewers
                where s.vacancy.id = ?1 order by s.startsAt, s.id""", vacancyId).list();
    }

    /** The open slots offered to a stage that can still be booked (start after {@code bookableAfter}), soonest first. */
    static Map<SlotKind, List<Slot>> listBookable(long stageId, Instant bookableAfter) {
        return Slot.<Slot> stream("stage.id = ?1 and status = ?2 and startsAt > ?3 order by startsAt, id", stageId, SlotStatus.OPEN,
                bookableAfter).collect(Collectors.groupingBy(slot -> slot.kind));
    }

    /** The kinds offered to a stage with an open slot still to come. */
    static List<SlotKind> kindsOffered(long stageId, Instant after) {
        return getEntityManager().createQuery("""
                select distinct s.kind from Slot s where s.stage.id = :stage and s.status = :open and s.startsAt > :after""",
                SlotKind.class).setParameter("stage", stageId).setParameter("open", SlotStatus.OPEN).setParameter("after", after)
                .getResultList();
    }

    /** Stages with an open slot still to come, of these stages. */
    static Set<Long> stagesOffering(Collection<Long> stageIds, Instant after) {
        if (stageIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("""
                select distinct s.stage.id from Slot s where s.stage.id in :stages and s.status = :open and s.startsAt > :after""",
                Long.class).setParameter("stages", stageIds).setParameter("open", SlotStatus.OPEN).setParameter("after", after)
                .getResultList());
    }

    static Optional<Slot> withVacancy(long slotId) {
        return find("select s from Slot s join fetch s.vacancy left join fetch s.interviewers where s.id = ?1", slotId)
                .singleResultOptional();
    }

    /** Gives a seat back. */
    static void releaseSeat(long slotId) {
        update("booked = booked - 1 where id = ?1 and booked > 0", slotId);
    }

    /**
     * The slot's status, read with its row held until the transaction ends. A cancellation holds the row first
     * ({@link #holdAgainstBookings}): it waits for this booking to commit and tells its candidate, or this booking sees
     * the cancellation. On PostgreSQL the row is held in key-share mode, which the seat counter's updates do not wait for:
     * an exclusive hold made every candidate taking a seat wait for each booking's commit. H2 has no shared row locks.
     */
    static SlotStatus holdForBooking(long slotId, boolean keyShare) {
        String hold = keyShare ? "key share" : "update";
        Object status = getEntityManager().createNativeQuery("select status from slot where id = ?1 for " + hold).setParameter(1, slotId)
                .getSingleResult();
        return SlotStatus.valueOf(status.toString());
    }

    /** Holds the slot's row until the transaction ends, after every booking of it in progress (see {@link #holdForBooking}). */
    static void holdAgainstBookings(long slotId) {
        getEntityManager().createNativeQuery("select id from slot where id = ?1 for update").setParameter(1, slotId).getResultList();
    }

    /** Cancels an open slot; false when it was cancelled already. */
    static boolean cancelOpen(long slotId) {
        return update("status = ?1, calendarSequence = calendarSequence + 1 where id = ?2 and status = ?3", SlotStatus.CANCELLED,
                slotId, SlotStatus.OPEN) == 1;
    }

    /** Deletes a slot nobody booked; false when it has bookings (or is gone). */
    static boolean deleteUnbooked(long slotId) {
        return delete("id = ?1 and booked = 0 and not exists (select 1 from Booking b where b.slot.id = ?1)", slotId) == 1;
    }

    /** The next calendar sequence of the colleagues' event. */
    static void nextSequence(long slotId) {
        update("calendarSequence = calendarSequence + 1 where id = ?1", slotId);
    }
}
