package nl.werving.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.candidate.Candidate;
import nl.werving.web.Formats;

/**
 * A candidate's request for a copy of their data or its erasure that reached the team by mail or letter, to be
 * handled within a month. Anonymous: only the link to the candidate, which is cut when the candidate goes.
 */
@Entity
public class DataRequest extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Candidate candidate;

    @Enumerated(EnumType.STRING)
    public RequestKind kind;

    public LocalDate receivedOn;
    public LocalDate dueOn;
    public Long recordedBy;
    public Instant recordedAt;
    public Long completedBy;
    public Instant completedAt;

    /** Open requests, nearest deadline first, with the candidate for the name. */
    public static List<DataRequest> open() {
        return opened(find("select r from DataRequest r left join fetch r.candidate where r.completedAt is null order by r.dueOn, r.id")
                .list());
    }

    /** The most recently handled requests. */
    public static List<DataRequest> recentlyCompleted(int limit) {
        return opened(find("select r from DataRequest r left join fetch r.candidate where r.completedAt is not null "
                + "order by r.completedAt desc").page(0, limit).list());
    }

    /** The requests with their candidates' names opened, with one key query. */
    private static List<DataRequest> opened(List<DataRequest> requests) {
        Candidate.openAll(requests.stream().map(request -> request.candidate).filter(Objects::nonNull).toList());
        return requests;
    }

    public static List<DataRequest> openFor(long candidateId) {
        return list("candidate.id = ?1 and completedAt is null order by dueOn", candidateId);
    }

    /** The candidate's open requests of this kind are handled, by {@code completedBy}. */
    static int completeOpen(long candidateId, RequestKind kind, Instant at, Long completedBy) {
        return update("completedAt = ?1, completedBy = ?2 where candidate.id = ?3 and kind = ?4 and completedAt is null",
                at, completedBy, candidateId, kind);
    }

    /** The candidates go: their open requests are settled, without a person to name. */
    static int settleOpen(List<Long> candidateIds, Instant at) {
        return update("completedAt = ?1 where candidate.id in ?2 and completedAt is null", at, candidateIds);
    }

    /** Days left until the deadline on {@code today}; negative when overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Days past the deadline on {@code today}; zero while there is time. */
    public long daysLate(LocalDate today) {
        return Math.max(0, -daysLeft(today));
    }

    /** Whether it was handled by the deadline (the end of the due day, in Dutch and Belgian time). */
    public boolean isOnTime() {
        return completedAt != null && !completedAt.atZone(Formats.ZONE).toLocalDate().isAfter(dueOn);
    }

    /** The candidate's requests, handled ones too, oldest first. */
    static List<DataRequest> listForCandidate(long candidateId) {
        return list("candidate.id = ?1 order by receivedOn, id", candidateId);
    }
}
