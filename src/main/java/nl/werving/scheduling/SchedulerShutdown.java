package nl.werving.scheduling;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Stops this instance firing scheduled jobs as the application stops, and lets the runs under way finish while the
 * database is still there. Quarkus stops Quartz only after Hibernate has closed, so a job that fired in between would
 * fail half-done. Standby is this instance's alone: the other instances of the cluster go on firing, and take over
 * what this one no longer does.
 */
@ApplicationScoped
public class SchedulerShutdown {

    private static final Logger LOG = Logger.getLogger(SchedulerShutdown.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Scheduler quartz;
    private final Duration waitForRuns;

    public SchedulerShutdown(Scheduler quartz,
            @ConfigProperty(name = "quarkus.quartz.shutdown-wait-time", defaultValue = "10s") Duration waitForRuns) {
        this.quartz = quartz;
        this.waitForRuns = waitForRuns;
    }

    void stopFiring(@Observes ShutdownEvent event) throws SchedulerException, InterruptedException {
        quartz.standby();
        Instant giveUp = Instant.now().plus(waitForRuns);
        while (!quartz.getCurrentlyExecutingJobs().isEmpty()) {
            if (Instant.now().isAfter(giveUp)) {
                LOG.warnf("Stopping with %d scheduled runs still under way", quartz.getCurrentlyExecutingJobs().size());
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
