package nl.werving.scheduling;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import io.quarkus.quartz.QuartzScheduler;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Stops this instance's scheduler as soon as the application begins to stop, giving the jobs under way the configured
 * time to finish. Quarkus stops it only when the bean container goes, after the database connections are closed, so a
 * job that fired in between failed on a closed EntityManagerFactory (seen in a rolling restart). The other instances
 * keep firing the jobs; a job cut off here is taken up again by its next run (each works in short transactions).
 */
@ApplicationScoped
class SchedulerShutdown {

    private static final Logger LOG = Logger.getLogger(SchedulerShutdown.class);

    @ConfigProperty(name = "quarkus.quartz.shutdown-wait-time")
    Duration waitForRunningJobs;

    void stopBeforeTheDatabase(@Observes ShutdownEvent event, QuartzScheduler quartz)
            throws InterruptedException, SchedulerException {
        Scheduler scheduler = quartz.getScheduler();
        if (scheduler == null) {
            return;
        }
        if (waitForRunningJobs.isZero()) {
            scheduler.shutdown(false);
            return;
        }
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            stopped.get(waitForRunningJobs.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warnf("The scheduler did not stop within %s: %s", waitForRunningJobs, e.toString());
        }
    }
}
