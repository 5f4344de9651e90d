package nl.werving.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Each firing of a scheduled job runs on one instance only, also while another instance starts. Quarkus reschedules
 * every stored trigger when an instance starts, from the next fire time it read a moment before; a firing that another
 * instance took in between is then due again and would run a second time. Before a job runs, the instance claims its
 * firing (the job and the time it was due for) with a row; an instance that finds the row already there leaves the run
 * out. Registered with Quartz in application.properties ({@code quarkus.quartz.trigger-listeners}), which makes it.
 */
public class OncePerFiring extends TriggerListenerSupport {

    static final String NAME = "once-per-firing";

    /** How long a claim is kept: far longer than any trigger stays due again after a restart. */
    static final Duration KEPT = Duration.ofDays(1);

    /** SQLSTATE of a unique violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Logger LOG = Logger.getLogger(OncePerFiring.class);

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean vetoJobExecution(Trigger trigger, JobExecutionContext context) {
        // The trigger's name, not the job's: the firing Quartz re-runs after an instance died comes with a trigger of its
        // own and the same due time, and must not be taken for the firing it recovers.
        String job = trigger.getKey().getName();
        Instant due = context.getScheduledFireTime().toInstant();
        try {
            boolean claimed = claim(job, due);
            if (!claimed) {
                LOG.debugf("Scheduled run %s for %s left out: another instance ran that firing", job, due);
            }
            return !claimed;
        } catch (RuntimeException e) {
            // Quartz would drop the firing on an exception here and leave its row behind: run it instead, as without the
            // claim (a second run needs an instance starting at this very moment).
            LOG.warnf(e, "Scheduled run %s for %s could not be claimed; running it", job, due);
            return false;
        }
    }

    /** Whether this instance may run the firing of {@code job} due at {@code firedFor}: true for the first to ask. */
    static boolean claim(String job, Instant firedFor) {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        // Outside any transaction the job's thread may hold: the claim is committed on its own, at once.
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement old = connection.prepareStatement(
                        "delete from scheduled_firing where job = ? and fired_for < ?")) {
                    old.setString(1, job);
                    old.setLong(2, firedFor.minus(KEPT).toEpochMilli());
                    old.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into scheduled_firing (job, fired_for) values (?, ?)")) {
                    insert.setString(1, job);
                    insert.setLong(2, firedFor.toEpochMilli());
                    insert.executeUpdate();
                    return true;
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return false;
                    }
                    throw e;
                }
            }
        });
    }
}
