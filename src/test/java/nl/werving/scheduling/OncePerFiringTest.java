package nl.werving.scheduling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.JobListenerSupport;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.SuccessfulExecution;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;

@QuarkusTest
class OncePerFiringTest {

    /** The runs of the outbox job in this application, by the time each firing was due for. */
    static final Map<Instant, Integer> OUTBOX_RUNS = new ConcurrentHashMap<>();

    @ApplicationScoped
    static class OutboxRuns {
        void ran(@Observes SuccessfulExecution run) {
            if ("mail-outbox".equals(run.getExecution().getTrigger().getId())) {
                OUTBOX_RUNS.merge(run.getExecution().getScheduledFireTime(), 1, Integer::sum);
            }
        }
    }

    @Inject
    Scheduler quartz;

    @Test
    void aFiringDueAgainBecauseAnotherInstanceStoredItsTriggerAnewRunsOnce() throws Exception {
        AtomicInteger leftOut = new AtomicInteger();
        JobListener vetoes = new JobListenerSupport() {
            @Override
            public String getName() {
                return "test-vetoes";
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {
                if (context.getTrigger().getKey().getName().equals("mail-outbox")) {
                    leftOut.incrementAndGet();
                }
            }
        };
        quartz.getListenerManager().addJobListener(vetoes);
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> !OUTBOX_RUNS.isEmpty());
            Instant ran = OUTBOX_RUNS.keySet().stream().max(Instant::compareTo).orElseThrow();

            // What a starting instance does with every trigger: stored anew from the next fire time it read, which can be
            // the time of a firing another instance has taken since.
            TriggerKey key = quartz.getTriggerKeys(GroupMatcher.anyTriggerGroup()).stream()
                    .filter(trigger -> trigger.getName().equals("mail-outbox")).findFirst().orElseThrow();
            Trigger stored = quartz.getTrigger(key);
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    quartz.rescheduleJob(key, stored.getTriggerBuilder().startAt(Date.from(ran)).build());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Instant rescheduled = Instant.now();

            // The firing due again came and was left out; the outbox went on with the firings after it.
            await().atMost(Duration.ofSeconds(15)).until(() -> leftOut.get() > 0
                    && OUTBOX_RUNS.keySet().stream().anyMatch(t -> t.isAfter(rescheduled.plusSeconds(1))));
            assertEquals(1, OUTBOX_RUNS.get(ran), "runs of the firing due at " + ran);
        } finally {
            quartz.getListenerManager().removeJobListener(vetoes.getName());
        }
    }

    @Test
    void theFirstInstanceToClaimAFiringRunsItAndTheOtherLeavesItOut() {
        String job = "job-" + UUID.randomUUID();
        Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertTrue(OncePerFiring.claim(job, due), "the first claim");
        assertFalse(OncePerFiring.claim(job, due), "the same firing again, as a rescheduled trigger fires it");
        assertTrue(OncePerFiring.claim(job, due.plusSeconds(1)), "the next firing");
        assertTrue(OncePerFiring.claim("other-" + job, due), "another job's firing at the same moment");
    }

    @Test
    void claimsAreKeptForADay() {
        String job = "job-" + UUID.randomUUID();
        Instant due = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OncePerFiring.claim(job, due);
        OncePerFiring.claim(job, due.plus(OncePerFiring.KEPT).minusSeconds(1));
        assertEquals(2, claims(job));

        OncePerFiring.claim(job, due.plus(OncePerFiring.KEPT).plus(Duration.ofSeconds(1)));
        assertEquals(2, claims(job), "the claim of more than a day before is gone");
    }

    @Test
    void quartzAsksBeforeEveryRun() throws Exception {
        assertNotNull(quartz.getListenerManager().getTriggerListener(OncePerFiring.NAME));
        // The outbox fires every second in tests: its firings are claimed as they come.
        int before = claims("mail-outbox");
        await().atMost(Duration.ofSeconds(15)).until(() -> claims("mail-outbox") > before);
    }

    private static int claims(String job) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Candidate.getEntityManager()
                .createNativeQuery("select count(*) from scheduled_firing where job = ?1").setParameter(1, job)
                .getSingleResult()).intValue());
    }
}
