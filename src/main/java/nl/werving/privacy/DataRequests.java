package nl.werving.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.web.Formats;
import nl.werving.web.RuleViolation;

/**
 * Requests for a copy or an erasure that reach the team by mail: recorded with the date they came in, due a month later
 * (GDPR art. 12(3)), and closed by the export or erasure itself, so the deadline cannot be forgotten.
 */
@ApplicationScoped
public class DataRequests {

    /** Open requests by deadline and the last ones handled, as of {@code today}. */
    public record Overview(List<DataRequest> open, List<DataRequest> completed, LocalDate today) {

        /** Open requests first, by deadline, then the last ones handled. */
        public List<DataRequest> rows() {
            return Stream.concat(open.stream(), completed.stream()).toList();
        }
    }

    static final int COMPLETED_SHOWN = 20;

    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public DataRequests(CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public DataRequest record(long candidateId, RequestKind kind, LocalDate receivedOn) {
        Candidate candidate = Candidate.<Candidate> findByIdOptional(candidateId).orElseThrow(NotFoundException::new);
        if (receivedOn.isAfter(today())) {
            throw new RuleViolation("received-in-future", "A request cannot have been received after today");
        }
        DataRequest request = new DataRequest();
        request.candidate = candidate;
        request.kind = kind;
        request.receivedOn = receivedOn;
        request.dueOn = receivedOn.plusMonths(1);
        request.recordedBy = currentUser.getId();
        request.recordedAt = Instant.now(clock);
        request.persist();
        audit.record(AuditAction.DATA_REQUEST_RECORDED, AuditLog.CANDIDATE, candidateId);
        return request;
    }

    @Transactional
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Overview overview() {
        return new Overview(DataRequest.open(), DataRequest.recentlyCompleted(COMPLETED_SHOWN), today());
    }

    /** The export or erasure a request asked for was done by a team member: the request is handled. */
    @Transactional(TxType.MANDATORY)
    void complete(long candidateId, RequestKind kind) {
        DataRequest.completeOpen(candidateId, kind, Instant.now(clock), currentUser.getId());
    }

    /** The candidates go (purge or erasure): whatever they asked for is settled, without a person to name. */
    @Transactional(TxType.MANDATORY)
    void settle(List<Long> candidateIds) {
        DataRequest.settleOpen(candidateIds, Instant.now(clock));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
