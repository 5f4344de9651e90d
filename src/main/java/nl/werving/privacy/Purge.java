package nl.werving.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Timeouts;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.candidate.Candidate;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.KeepRule;
import nl.werving.personaldata.PrivacyPart;
import nl.werving.personaldata.Retention;

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
 *
 * <p>The rule is the candidate's age, a legal hold, and each feature's {@link PrivacyPart#keeps() reason to keep} (a
 * running procedure, a talent-pool consent), put together once into one query.
 */
@ApplicationScoped
public class Purge {

    private static final Logger LOG = Logger.getLogger(Purge.class);
    static final int BATCH = 500;

    /**
     * The candidate itself older than the term, and no legal hold. The queries with the rule stay here rather than in
     * an entity finder: they are put together from every feature's part.
     */
    private static final String OWN_RULE = """
            c.createdAt < :ended
            and not exists (select 1 from LegalHold h where h.candidate = c and h.liftedAt is null)""";

    private final Clock clock;
    private final Retention retention;
    private final AuditLog audit;
    private final DataRequests requests;
    private final List<PrivacyPart> parts;
    private final CandidateKeys keys;
    /** The whole rule, {@link #OWN_RULE} and no feature keeping the candidate, with the features' own parameters. */
    private final String rule;
    private final Map<String, Object> ruleParameters;

    public Purge(Clock clock, Retention retention, AuditLog audit, DataRequests requests, @Any Instance<PrivacyPart> parts,
            CandidateKeys keys) {
        this.clock = clock;
        this.keys = keys;
        this.retention = retention;
        this.audit = audit;
        this.requests = requests;
        // In a fixed order, so the query text is the same on every instance and every run.
        this.parts = parts.stream().sorted(Comparator.comparing(part -> part.getClass().getName())).toList();
        List<KeepRule> keeps = this.parts.stream().map(PrivacyPart::keeps).flatMap(Optional::stream).toList();
        this.rule = OWN_RULE + keeps.stream().map(keep -> "\nand not exists (" + keep.exists() + ")").collect(Collectors.joining());
        this.ruleParameters = keeps.stream().flatMap(keep -> keep.parameters().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What a run at {@code now} would purge, first ids first. */
    public List<Long> eligible(Instant now, int limit) {
        return withRule(Candidate.getEntityManager()
                .createQuery("select c.id from Candidate c where " + rule + " order by c.id", Long.class), now)
                .setMaxResults(limit).getResultList();
    }

    public long countEligible(Instant now) {
        return withRule(Candidate.getEntityManager().createQuery("select count(c) from Candidate c where " + rule, Long.class), now)
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
        // The key table is rewritten once, after the last batch and before the run is recorded as finished, rather than
        // after every batch: each rewrite copies the whole table.
        int[] counts = keys.forgettingMany(() -> purgeBatches(run.id, started));
        int done = counts[0];
        int notDone = counts[1];
        LOG.infof("Purge run (%s): %d candidates purged, %d failed", trigger, done, notDone);
        return QuarkusTransaction.requiringNew().call(() -> {
            PurgeRun finished = PurgeRun.findById(run.id);
            finished.purged = done;
            finished.failed = notDone;
            finished.finishedAt = Instant.now(clock);
            finished.progressAt = finished.finishedAt;
            return finished;
        });
    }

    /** Every batch of a run, each in a transaction of its own, with the run's progress after each; purged and failed. */
    private int[] purgeBatches(long runId, Instant started) {
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
            QuarkusTransaction.requiringNew().run(() -> PurgeRun.progress(runId, purgedSoFar, failedSoFar, Instant.now(clock)));
        } while (batch.size() == BATCH);
        return new int[] { purged, failed };
    }

    /**
     * Purges a batch in one transaction: the candidates that still meet the rule once locked (another instance may hold
     * some, or an application may have come in), with one delete and one audit row each. Many candidates per
     * transaction keep a large purge fast; a failure rolls back the whole batch, so nobody is left half-deleted.
     */
    int purgeTogether(List<Long> candidateIds, Instant now) {
        EntityManager em = Candidate.getEntityManager();
        List<Long> locked = withRule(em.createQuery("select c.id from Candidate c where c.id in :ids and " + rule, Long.class), now)
                .setParameter("ids", candidateIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
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
        parts.forEach(part -> part.beforeDelete(candidateIds));
        Candidate.deleteByIds(candidateIds);
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
        return Candidate.idsAfter(after, ended(now, retention.terms()), BATCH);
    }

    private static Instant ended(Instant now, Retention.Terms terms) {
        return now.minus(terms.retentionDays(), ChronoUnit.DAYS);
    }

    private <T> TypedQuery<T> withRule(TypedQuery<T> query, Instant now) {
        // Procedures that ended before :ended are past the retention term; consents given after :consented still hold.
        Retention.Terms terms = retention.terms();
        query.setParameter(KeepRule.ENDED, ended(now, terms))
                .setParameter(KeepRule.CONSENTED, now.atZone(ZoneOffset.UTC).minusMonths(terms.talentPoolMonths()).toInstant());
        ruleParameters.forEach(query::setParameter);
        return query;
    }
}
