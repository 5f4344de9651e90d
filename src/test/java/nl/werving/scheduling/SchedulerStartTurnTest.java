package nl.werving.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.quartz.runtime.QuartzSchedulerImpl;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchedulerStartTurnTest {

    @Inject
    SchedulerStartTurn startTurn;

    @Inject
    DataSource dataSource;

    @Test
    void theTurnIsTakenBeforeQuartzRegistersTheJobsAndGivenUpAfter() {
        List<Integer> quartz = startObserverPriorities(QuartzSchedulerImpl.class);
        assertEquals(1, quartz.size(), "Quarkus builds and starts the Quartz scheduler on the start event");
        List<Integer> turn = startObserverPriorities(SchedulerStartTurn.class);
        assertEquals(2, turn.size());
        assertTrue(turn.get(0) < quartz.get(0), "the turn is awaited before the scheduler is built: " + turn);
        assertTrue(turn.get(1) > quartz.get(0), "the turn is given up once the scheduler runs: " + turn);
    }

    @Test
    void aSecondInstanceWaitsWhileThisOneHoldsTheTurnOnPostgresql() throws SQLException {
        boolean postgres = "postgresql".equals(
                ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
        startTurn.awaitTurn(new StartupEvent());
        try {
            assertEquals(postgres, startTurn.holdsTurn(), "only PostgreSQL is shared by several instances");
            if (postgres) {
                assertFalse(anotherInstanceGetsTheTurn(), "the turn is this instance's until it gives it up");
            }
        } finally {
            startTurn.giveUpTurn(new StartupEvent());
        }
        assertFalse(startTurn.holdsTurn());
        if (postgres) {
            assertTrue(anotherInstanceGetsTheTurn(), "given up, the turn goes to the next instance");
        }
    }

    private static List<Integer> startObserverPriorities(Class<?> bean) {
        return Arc.container().beanManager().resolveObserverMethods(new StartupEvent()).stream()
                .filter(observer -> observer.getBeanClass() == bean)
                .map(ObserverMethod::getPriority).sorted().toList();
    }

    /** Tries the lock as another instance would, on a connection of its own, without waiting for it. */
    private boolean anotherInstanceGetsTheTurn() throws SQLException {
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            try (ResultSet result = statement.executeQuery(
                    SchedulerStartTurn.LOCK.replace("pg_advisory_xact_lock", "pg_try_advisory_xact_lock"))) {
                result.next();
                return result.getBoolean(1);
            } finally {
                other.rollback();
            }
        }
    }
}
