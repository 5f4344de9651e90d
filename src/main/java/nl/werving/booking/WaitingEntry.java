package nl.werving.booking;

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
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.pipeline.Application;

/**
 * A candidate waiting for a seat in a full slot; personal data, deleted with the candidate. First come, first served:
 * the first in line gets a seat that frees up before the cut-off, and is told.
 */
@Entity
public class WaitingEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Slot slot;

    @ManyToOne(fetch = FetchType.LAZY)
    public Application application;

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public SlotKind kind;

    public Instant joinedAt;

    static Optional<WaitingEntry> of(long applicationId, SlotKind kind) {
        return find("select w from WaitingEntry w join fetch w.slot where w.application.id = ?1 and w.kind = ?2", applicationId, kind)
                .firstResultOptional();
    }

    /** The waiting lists the application is on, one per kind at most, with their slots; one query. */
    static Map<SlotKind, WaitingEntry> ofApplication(long applicationId) {
        return WaitingEntry.<WaitingEntry> find("select w from WaitingEntry w join fetch w.slot where w.application.id = ?1", applicationId)
                .stream().collect(Collectors.toMap(entry -> entry.kind, entry -> entry));
    }

    /**
     * The first in line for the slot. Called right after the seat was given back, while this transaction holds the slot
     * row's lock, so two freed seats never go to the same person.
     */
    static Optional<WaitingEntry> firstInLine(long slotId) {
        return find("slot.id = ?1 order by joinedAt, id", slotId).page(0, 1).firstResultOptional();
    }

    static List<WaitingEntry> listForCandidate(long candidateId) {
        return find("select w from WaitingEntry w join fetch w.slot s join fetch s.vacancy where w.candidate.id = ?1", candidateId)
                .list();
    }

    static long countPerSlot(long slotId) {
        return count("slot.id", slotId);
    }

    /** How many wait, per slot of these. */
    static java.util.Map<Long, Long> countBySlot(Collection<Long> slotIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!slotIds.isEmpty()) {
            getEntityManager().createQuery("select w.slot.id, count(w) from WaitingEntry w where w.slot.id in :slots group by w.slot.id",
                    Object[].class).setParameter("slots", slotIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }
}
