package nl.werving.booking;

import static nl.werving.personaldata.PersonalData.row;
import static nl.werving.personaldata.PersonalData.section;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.candidate.Candidate;
import nl.werving.personaldata.PersonalData;
import nl.werving.personaldata.PrivacyPart;

/**
 * A candidate's bookings and places on waiting lists. Both rows go with the candidate (the database cascades from the
 * candidate row); the anonymous {@link BookingFact} of each booking stays for the reports. Seats still to come are given
 * back first, so the slot's counter stays true and the next in line gets the seat.
 */
@ApplicationScoped
public class BookingPrivacy implements PrivacyPart {

    private final Bookings bookings;
    private final Clock clock;

    public BookingPrivacy(Bookings bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public PersonalData export(long candidateId) {
        return PersonalData.of(
                section(45, "bookings", Booking.listForCandidate(candidateId).stream()
                        .map(b -> row("vacancy", b.slot.vacancy.title, "kind", b.kind.name(), "startsAt", b.slot.startsAt,
                                "minutes", b.slot.durationMinutes, "location", b.slot.location, "room", b.slot.room,
                                "videoUrl", b.slot.videoUrl, "status", b.slot.status.name(), "bookedAt", b.bookedAt,
                                "attendance", b.attendance == null ? null : b.attendance.name()))
                        .toList()),
                section(46, "waitingLists", WaitingEntry.listForCandidate(candidateId).stream()
                        .map(w -> row("vacancy", w.slot.vacancy.title, "kind", w.kind.name(), "startsAt", w.slot.startsAt,
                                "joinedAt", w.joinedAt))
                        .toList()));
    }

    @Override
    public void merge(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        Booking.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
        WaitingEntry.update("candidate = ?1 where candidate.id = ?2", kept, duplicateId);
    }

    @Override
    public void beforeDelete(List<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return;
        }
        Booking.listUpcomingOfCandidates(candidateIds, Instant.now(clock)).forEach(bookings::drop);
        WaitingEntry.delete("candidate.id in ?1", candidateIds);
    }
}
