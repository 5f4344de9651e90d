package nl.werving.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.SuccessfulExecution;

/**
 * One debug line per finished run of a scheduled job: its identity and the firing it served. With several instances on
 * one Quartz store, the lines of all instances together show that each firing ran once, and which instance took over
 * the work of one that died ({@code deploy/cluster-check.sh} reads them). Failed runs are logged by Quarkus itself.
 */
@ApplicationScoped
public class ScheduledRuns {

    private static final Logger LOG = Logger.getLogger(ScheduledRuns.class);

    void ran(@Observes SuccessfulExecution run) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Scheduled run %s fired for %s", run.getExecution().getTrigger().getId(),
                    run.getExecution().getScheduledFireTime());
        }
    }
}
