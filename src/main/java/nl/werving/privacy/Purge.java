package nl.werving.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.ConsentRecord;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.web.WervingConfig;

/**
 * Deletes the personal data of candidates whose procedures ended longer ago than the retention term: the candidate
 * row and, through the database's cascades, everything that belongs to the person (documents, motivation, notes,
 * scorecard and role-play text, consent records, tokens, holds, mails). Applications, stage history, ratings and
 * verdicts stay as anonymous facts, their link to the person cut ({@code on delete set null}).
 *
 * <p>Candidates go in batches, each batch one transaction, so an interrupted run leaves every candidate either whole
 * or gone, and the next run simply continues. A batch is the next candidates in id order, found by primary key alone;
 * the rule is tested once, on the locked batch. (A batch query that tested the rule too let PostgreSQL merge in the
 * applications from the very first candidate on, so each batch took longer than the one before.)
 */
@ApplicationScoped
public class Purge {

    private static final Logger LOG = Logger.getLogger(Purge.class);
    static final int BATCH = 500;

    /**
     * No application still running, hired or ended after the retention term; no talent-pool consent still valid;
     * no legal hold; and the candidate itself older than the term.
     */
    private static final String RULE = """
            c.createdAt < :ended
            and not exists (select 1 from Application a where a.candidate = c
                and (a.status = :active or a.status = :hired or a.endedAt >= :ended))
            and not exists (select 1 from ConsentRecord r where r.candidate = c and r.purpose = :talentPool
                and r.withdrawnAt is null and r.givenAt >= :consented)
            and not exists (select 1 from LegalHold h where h.candidate = c and h.liftedAt is null)""";

    private final Clock clock;
    private final WervingConfig config;
    private final Retention retention;
    private final AuditLog audit;
    private final DataRequests requests;

    public Purge(Clock clock, WervingConfig config, Retention retention, AuditLog audit, DataRequests requests) {
        this.clock = clock;
        this.config = config;
        this.retention = retention;
        this.audit = audit;
        this.requests = requests;
    }

    /** What a run at {@code now} would purge, first ids first. */
    public List<Long> eligible(Instant now, int limit) {
        return withRule(Candidate.getEntityManager()
                .createQuery("select c.id from Candidate c where " + RULE + " order by c.id", Long.class), now)
                .setMaxResults(limit).getResultList();
    }

    public long countEligible(Instant now) {
        return withRule(Candidate.getEntityManager().createQuery("select count(c) from Candidate c where " + RULE, Long.class), now)
                .getSingleResult();
    }

    /** Purges every eligible candidate, batch after batch, and records the run. */
    public PurgeRun run(String trigger) {
        Instant started = Instant.now(clock);
        PurgeRun run = QuarkusTransaction.requiringNew().call(() -> {
            PurgeRun created = new PurgeRun();
            created.startedAt = started;
            created.progressAt = started;
            created.triggerKind = trigger;
            created.persist();
            return created;
        });
        int purged = 0;
        int failed = 0;
        long after = 0;
        List<Long> batch;
        do {
            long from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> nextBatch(started, from));
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1);
            List<Long> ids = batch;
            try {
                purged += QuarkusTransaction.requiringNew().call(() -> purgeTogether(ids, started));
            } catch (RuntimeException together) {
                // One candidate the database refuses must not hold back the others: go one by one, and leave that one whole.
                LOG.warnf("Purge batch after #%d not done together (%s); one by one", from, together.getClass().getSimpleName());
                for (long id : batch) {
                    try {
                        if (purge(id, started)) {
                            purged++;
                        }
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.warnf("Candidate #%d not purged: %s", id, e.getClass().getSimpleName());
                    }
                }
            }
            // Progress for the privacy page while the run goes on.
            int purgedSoFar = purged;
            int failedSoFar = failed;
            QuarkusTransaction.requiringNew().run(() -> PurgeRun.update("purged = ?1, failed = ?2, progressAt = ?3 where id = ?4",
                    purgedSoFar, failedSoFar, Instant.now(clock), run.id));
        } while (batch.size() == BATCH);
        int done = purged;
        int notDone = failed;
        LOG.infof("Purge run (%s): %d candidates purged, %d failed", trigger, purged, failed);
        return QuarkusTransaction.requiringNew().call(() -> {
            PurgeRun finished = PurgeRun.findById(run.id);
            finished.purged = done;
            finished.failed = notDone;
            finished.finishedAt = Instant.now(clock);
            finished.progressAt = finished.finishedAt;
            return finished;
        });
    }

    /**
     * Purges a batch in one transaction: the candidates that still meet the rule once locked (another instance may hold
     * some, or an application may have come in), with one delete and one audit row each. Many candidates per
     * transaction keep a large purge fast; a failure rolls back the whole batch, so nobody is left half-deleted.
     */
    int purgeTogether(List<Long> candidateIds, Instant now) {
        EntityManager em = Candidate.getEntityManager();
        List<Long> locked = withRule(em.createQuery("select c.id from Candidate c where c.id in :ids and " + RULE, Long.class), now)
                .setParameter("ids", candidateIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        delete(locked, AuditAction.CANDIDATE_PURGED);
        return locked.size();
    }

    /**
     * Deletes candidates with one statement; the database's cascades take the aggregate along and cut the applications
     * loose. One audit row each, with the id only.
     */
    void delete(List<Long> candidateIds, AuditAction action) {
        EntityManager em = Candidate.getEntityManager();
        em.flush();
        em.clear();
        requests.settle(candidateIds);
        em.createQuery("delete from Candidate c where c.id in :ids").setParameter("ids", candidateIds).executeUpdate();
        candidateIds.forEach(id -> audit.record(action, AuditLog.CANDIDATE, id));
    }

    /**
     * Purges one candidate if the rule still holds once the row is locked (an application may have come in since
     * the candidate was listed). {@code false} if there was nothing to do.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean purge(long candidateId, Instant now) {
        return purgeTogether(List.of(candidateId), now) == 1;
    }

    /** The candidates after {@code after}, in id order, that are older than the retention term: a run's next batch. */
    private List<Long> nextBatch(Instant now, long after) {
        return Candidate.getEntityManager()
                .createQuery("select c.id from Candidate c where c.id > :after and c.createdAt < :ended order by c.id", Long.class)
                .setParameter("after", after).setParameter("ended", ended(now, retention.terms())).setMaxResults(BATCH).getResultList();
    }

    private static Instant ended(Instant now, Retention.Terms terms) {
        return now.minus(terms.retentionDays(), ChronoUnit.DAYS);
    }

    private <T> TypedQuery<T> withRule(TypedQuery<T> query, Instant now) {
        // Procedures that ended before :ended are past the retention term; consents given after :consented still hold.
        Retention.Terms terms = retention.terms();
        return query.setParameter("ended", ended(now, terms))
                .setParameter("consented", now.atZone(ZoneOffset.UTC).minusMonths(terms.talentPoolMonths()).toInstant())
                .setParameter("active", ApplicationStatus.ACTIVE).setParameter("hired", ApplicationStatus.HIRED)
                .setParameter("talentPool", ConsentRecord.Purpose.TALENT_POOL);
    }
}
