package nl.werving.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.identity.AppUser;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.Retention;
import nl.werving.personaldata.RetentionPolicy;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.RuleViolation;

/** What the admin sees and does about retention: the next run and what it will purge, past runs, legal holds. */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
public class Privacy {

    public static final int PREVIEW = 50;

    /** A candidate the next run will purge, as the preview lists them. */
    public record Due(long candidateId, String name) {
    }

    /** An active hold, with the candidate's name for the admin's list. */
    public record Hold(long id, long candidateId, String name, String reason, Instant placedAt) {
    }

    /** Everything on the page; {@code changedBy} names the admin who last set the terms, {@code null} for the defaults. */
    public record Overview(Retention.Terms terms, String changedBy, Instant nextRun, long dueCount, List<Due> due,
            List<PurgeRun> runs, List<Hold> holds, Instant now) {

        /** A run is going on: the page shows its count so far and reloads itself. */
        public boolean isRunning() {
            return runs.stream().anyMatch(run -> run.finishedAt == null && !run.isInterrupted(now));
        }

        public boolean interrupted(PurgeRun run) {
            return run.isInterrupted(now);
        }
    }

    private final Purge purge;
    private final Scheduler scheduler;
    private final PrivacyConfig config;
    private final Retention retention;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CandidateKeys keys;
    private final Clock clock;

    public Privacy(Purge purge, Scheduler scheduler, PrivacyConfig config, Retention retention, CurrentUser currentUser, AuditLog audit,
            CandidateKeys keys, Clock clock) {
        this.keys = keys;
        this.purge = purge;
        this.scheduler = scheduler;
        this.config = config;
        this.retention = retention;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The dry run: who goes at the next scheduled run (or now, if the schedule is off). */
    @Transactional
    public Overview overview() {
        Trigger job = config.purgeEnabled() ? scheduler.getScheduledJob(PurgeJob.IDENTITY) : null;
        Instant nextRun = job == null ? null : job.getNextFireTime();
        Instant now = Instant.now(clock);
        Instant at = nextRun != null && nextRun.isAfter(now) ? nextRun : now;
        List<Long> ids = purge.eligible(at, PREVIEW);
        Map<Long, String> dueNames = Candidate.namesOf(ids);
        List<Due> due = ids.stream().filter(dueNames::containsKey).map(id -> new Due(id, dueNames.get(id))).toList();
        List<LegalHold> active = LegalHold.active();
        Map<Long, String> heldNames = Candidate.namesOf(active.stream().map(h -> h.candidate.id).toList());
        CandidateKeys.Opener opener = keys.opener(active.stream().map(h -> h.candidate.id).toList());
        List<Hold> holds = active.stream()
                .map(h -> new Hold(h.id, h.candidate.id, heldNames.get(h.candidate.id), opener.text(h.candidate.id, h.reason), h.placedAt)).toList();
        Retention.Terms terms = retention.terms();
        String changedBy = terms.changedBy() == null ? null : AppUser.<AppUser> findByIdOptional(terms.changedBy())
                .map(user -> user.displayName).orElse(null);
        return new Overview(terms, changedBy, nextRun, purge.countEligible(at), due, PurgeRun.latest(10), holds, now);
    }

    /** New terms from the admin; refused as a conflict when someone changed them since {@code version} was read. */
    @Transactional
    public void changeTerms(int retentionDays, int talentPoolMonths, Long version) {
        RetentionPolicy policy = RetentionPolicy.current().orElse(null);
        if (policy == null) {
            ConcurrentEdits.requireVersion(Retention.DEFAULTS, version);
            policy = new RetentionPolicy();
            policy.id = RetentionPolicy.ID;
        } else {
            ConcurrentEdits.requireVersion(policy.version, version);
        }
        policy.retentionDays = retentionDays;
        policy.talentPoolMonths = talentPoolMonths;
        policy.changedBy = currentUser.getId();
        policy.changedAt = Instant.now(clock);
        policy.persist();
        audit.record(AuditAction.RETENTION_CHANGED, AuditLog.RETENTION, RetentionPolicy.ID);
    }

    public PurgeRun runNow() {
        return purge.run("admin");
    }

    @Transactional
    public LegalHold placeHold(long candidateId, String reason) {
        Candidate candidate = Candidate.<Candidate> findByIdOptional(candidateId).orElseThrow(NotFoundException::new);
        if (LegalHold.isActive(candidateId)) {
            throw new RuleViolation("hold-exists", "Candidate " + candidateId + " is already on hold");
        }
        LegalHold hold = new LegalHold();
        hold.candidate = candidate;
        hold.reason = keys.encryptText(candidateId, reason.strip());
        hold.placedBy = currentUser.getId();
        hold.placedAt = Instant.now(clock);
        hold.persist();
        audit.record(AuditAction.LEGAL_HOLD_PLACED, AuditLog.CANDIDATE, candidateId);
        return hold;
    }

    @Transactional
    public void liftHold(long holdId) {
        LegalHold hold = LegalHold.<LegalHold> findByIdOptional(holdId).filter(found -> found.liftedAt == null)
                .orElseThrow(NotFoundException::new);
        hold.liftedBy = currentUser.getId();
        hold.liftedAt = Instant.now(clock);
        audit.record(AuditAction.LEGAL_HOLD_LIFTED, AuditLog.CANDIDATE, hold.candidate.id);
    }
}
