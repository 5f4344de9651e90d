package nl.werving.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import nl.werving.candidate.CandidateService;
import nl.werving.pipeline.Application;

/**
 * The booking section of the candidate's status page ({@code tags/bookingSection.html}): for each application, its
 * bookings and waits, and whether it is offered slots to choose. Read once per request for all the candidate's
 * applications, so the page's statement count does not grow with them.
 */
@Named("bookingStatus")
@RequestScoped
public class BookingStatus {

    /** One application's part of the section. */
    public record Section(List<Booking> bookings, List<WaitingEntry> waiting, boolean offered) {

        public boolean isEmpty() {
            return bookings.isEmpty() && waiting.isEmpty() && !offered;
        }
    }

    private final CandidateService candidates;
    private final Clock clock;
    private Map<Long, List<Booking>> bookings;
    private Map<Long, List<WaitingEntry>> waiting;
    private Set<Long> offeredApplications;

    public BookingStatus(CandidateService candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    public Section of(String token, long applicationId) {
        if (bookings == null) {
            load(candidates.candidateForStatusToken(token).orElse(-1L));
        }
        return new Section(bookings.getOrDefault(applicationId, List.of()), waiting.getOrDefault(applicationId, List.of()),
                offeredApplications.contains(applicationId));
    }

    private void load(long candidateId) {
        Instant now = Instant.now(clock);
        bookings = Booking.listForCandidate(candidateId).stream().filter(b -> b.slot.endsAt().isAfter(now))
                .collect(Collectors.groupingBy(b -> b.application.id));
        waiting = WaitingEntry.listForCandidate(candidateId).stream().collect(Collectors.groupingBy(w -> w.application.id));
        Map<Long, Long> stageOf = Application.listActiveOfCandidate(candidateId).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.stage.id));
        Set<Long> offeredStages = Slot.stagesOffering(stageOf.values(), now);
        offeredApplications = stageOf.entrySet().stream().filter(e -> offeredStages.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
