package nl.werving.booking;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The anonymous fact of one booking, for reports: vacancy, kind, when, how it ended. It knows no application and no
 * person; the booking points here and goes with the purge, the fact stays.
 */
@Entity
public class BookingFact extends PanacheEntity {

    public long vacancyId;

    @Enumerated(EnumType.STRING)
    public SlotKind kind;

    public java.time.Instant slotStartsAt;
    public java.time.Instant bookedAt;

    @Enumerated(EnumType.STRING)
    public BookingOutcome outcome;

    public int reschedules;

    /** A vacancy's booking facts per outcome, for the reports. */
    public static Map<BookingOutcome, Long> countOutcomes(long vacancyId) {
        Map<BookingOutcome, Long> counts = new EnumMap<>(BookingOutcome.class);
        getEntityManager().createQuery("select f.outcome, count(f) from BookingFact f where f.vacancyId = :vacancy group by f.outcome",
                Object[].class).setParameter("vacancy", vacancyId).getResultList()
                .forEach(row -> counts.put((BookingOutcome) row[0], (Long) row[1]));
        return counts;
    }
}
