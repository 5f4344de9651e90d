package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.candidate.Candidate;

/**
 * Scheduled work lives in Quartz's job store in the database, clustered, so that with several instances each firing of
 * the nightly purge (and every other job) runs on one of them.
 */
@QuarkusTest
class ClusteredSchedulerTest {

    @Inject
    Scheduler quartz;

    @Test
    void theJobsAreStoredInTheDatabaseAndTheSchedulerIsClustered() throws Exception {
        SchedulerMetaData meta = quartz.getMetaData();
        assertTrue(meta.isJobStoreClustered(), "clustered");
        assertTrue(meta.isJobStoreSupportsPersistence(), "a persistent (database) job store");

        List<String> triggers = quartz.getTriggerKeys(GroupMatcher.anyTriggerGroup()).stream().map(TriggerKey::getName).toList();
        assertTrue(triggers.contains("purge"), "the purge is scheduled: " + triggers);
        Number stored = QuarkusTransaction.requiringNew().call(() -> (Number) Candidate.getEntityManager()
                .createNativeQuery("select count(*) from qrtz_triggers where trigger_name = 'purge'").getSingleResult());
        assertEquals(1, stored.intValue(), "the purge trigger is a row every instance sees");
        Number instances = QuarkusTransaction.requiringNew().call(() -> (Number) Candidate.getEntityManager()
                .createNativeQuery("select count(*) from qrtz_scheduler_state").getSingleResult());
        assertTrue(instances.intValue() >= 1, "this instance checks in with the cluster");
    }
}
