package nl.werving.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.runtime.StartupEvent;

/**
 * Instances that start together on one PostgreSQL database register their scheduled jobs one after the other. Quarkus
 * builds the Quartz scheduler as it starts (its start observer has priority 0): for each job it looks whether the
 * trigger is stored and, if not, stores it. Two instances doing so at once both find a new job missing, and the second
 * one's store fails on the first one's row, which stops its start. This instance waits for its turn, a transaction
 * lock on a connection of its own, before the scheduler is built, and gives the turn up once it is running.
 */
@ApplicationScoped
public class SchedulerStartTurn {

    static final String LOCK = "select pg_advisory_xact_lock(hashtext('werving scheduler start'))";
    private static final Logger LOG = Logger.getLogger(SchedulerStartTurn.class);

    private final DataSource dataSource;
    private final boolean postgres;
    private Connection turn;

    public SchedulerStartTurn(DataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.dataSource = dataSource;
        this.postgres = DatabaseKind.isPostgreSQL(databaseKind);
    }

    void awaitTurn(@Observes @Priority(-1) StartupEvent event) throws SQLException {
        if (!postgres) {
            return; // the embedded H2 database belongs to one instance
        }
        turn = dataSource.getConnection();
        turn.setAutoCommit(false);
        try (Statement statement = turn.createStatement()) {
            // An instance that hangs while registering does not keep the others from starting.
            statement.execute("set local lock_timeout = '60s'");
            statement.execute(LOCK);
        } catch (SQLException e) {
            LOG.warn("Another instance held the scheduler start for 60 s; starting without waiting for it");
            giveUpTurn();
        }
    }

    void giveUpTurn(@Observes @Priority(1) StartupEvent event) throws SQLException {
        giveUpTurn();
    }

    private void giveUpTurn() throws SQLException {
        if (turn == null) {
            return;
        }
        try (Connection held = turn) {
            turn = null;
            held.rollback(); // ends the transaction, and its lock with it
        }
    }

    boolean holdsTurn() {
        return turn != null;
    }
}
