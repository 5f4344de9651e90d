package nl.werving.booking;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.pipeline.FactScope;
import nl.werving.web.Filters;

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

    /** How many bookings of one kind ended one way. */
    public record OutcomeCount(SlotKind kind, BookingOutcome outcome, long count) {
    }

    /** The bookings of slots in the scope's period, per kind and outcome: one statement whatever the rows. */
    public static List<OutcomeCount> countInScope(FactScope scope) {
        Filters filters = scope.where("f.slot_starts_at");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filters.bind(getEntityManager().createNativeQuery(
                "select f.kind, f.outcome, count(*) from booking_fact f join vacancy v on v.id = f.vacancy_id" + filters.where()
                        + " group by f.kind, f.outcome order by f.kind, f.outcome")).getResultList();
        return rows.stream().map(row -> new OutcomeCount(SlotKind.valueOf((String) row[0]), BookingOutcome.valueOf((String) row[1]),
                ((Number) row[2]).longValue())).toList();
    }

    /** A vacancy's booking facts per outcome, for the reports. */
    public static Map<BookingOutcome, Long> countOutcomes(long vacancyId) {
        Map<BookingOutcome, Long> counts = new EnumMap<>(BookingOutcome.class);
        getEntityManager().createQuery("select f.outcome, count(f) from BookingFact f where f.vacancyId = :vacancy group by f.outcome",
                Object[].class).setParameter("vacancy", vacancyId).getResultList()
                .forEach(row -> counts.put((BookingOutcome) row[0], (Long) row[1]));
        return counts;
    }
}
