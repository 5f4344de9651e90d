package nl.werving.scheduling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.LogCapture;

@QuarkusTest
class ScheduledJobsTest {

    private static final String GENERATED = "1_nl.werving.mail.OutboxSender_ScheduledInvoker_sendDue_8bb8a403a0";
    /** A name with the words but not the underscores of a generated one: {@code _} matches any character in LIKE. */
    private static final String NAMED_LIKE_GENERATED = "reminders-ScheduledInvoker-x";

    @Inject
    DataSource dataSource;

    @Test
    void everyScheduledJobHasAnIdentityOfItsOwn() {
        List<String> unnamed = new ArrayList<>();
        int scheduled = 0;
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            if (!bean.getBeanClass().getName().startsWith("nl.werving.")) {
                continue;
            }
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                for (Scheduled job : method.getAnnotationsByType(Scheduled.class)) {
                    scheduled++;
                    if (job.identity().isEmpty()) {
                        unnamed.add(bean.getBeanClass().getSimpleName() + "#" + method.getName());
                    }
                }
            }
        }
        assertTrue(scheduled >= 14, "found the scheduled jobs: " + scheduled);
        assertEquals(List.of(), unnamed, "a generated identity can change with the next build and duplicate the job");
    }

    @Test
    void logsEachRunWithTheFiringItServedAtDebugLevel() {
        // Off by default (one line a second in tests): switched on here as an operator would, by the category's level.
        Logger category = Logger.getLogger("nl.werving.scheduling");
        Level before = category.getLevel();
        category.setLevel(Level.FINE);
        try (LogCapture log = LogCapture.start()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> log.lines().stream()
                    .anyMatch(line -> line.matches("DEBUG \\[nl\\.werving\\.scheduling\\.ScheduledRuns] "
                            + "Scheduled run mail-outbox fired for \\d{4}-\\d\\d-\\d\\dT.*")));
        } finally {
            category.setLevel(before);
        }
    }

    @Test
    void theMigrationRemovesJobsStoredUnderAGeneratedName() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            insertPausedJob(connection, GENERATED);
            insertPausedJob(connection, "kept-named-job");
            insertPausedJob(connection, NAMED_LIKE_GENERATED);

            runMigration(connection, "V44__scheduler_named_jobs.sql");

            assertFalse(exists(connection, "qrtz_job_details", "job_name", GENERATED));
            assertFalse(exists(connection, "qrtz_triggers", "trigger_name", GENERATED));
            assertFalse(exists(connection, "qrtz_simple_triggers", "trigger_name", GENERATED));
            assertTrue(exists(connection, "qrtz_simple_triggers", "trigger_name", "kept-named-job"));
            assertTrue(exists(connection, "qrtz_triggers", "trigger_name", NAMED_LIKE_GENERATED),
                    "only generated names go");
            assertTrue(exists(connection, "qrtz_triggers", "trigger_name", "mail-outbox"),
                    "the application's jobs stay");
            deleteJob(connection, "kept-named-job");
            deleteJob(connection, NAMED_LIKE_GENERATED);
        }
    }

    @Test
    void theSchedulerLockRowsAreThereBeforeAnyInstanceStarts() throws SQLException, IOException {
        // Two instances starting together on a new database would both insert a missing row, and one would fail.
        String scheduler = ConfigProvider.getConfig().getOptionalValue("quarkus.quartz.instance-name", String.class)
                .orElse("QuarkusQuartzScheduler");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                update(connection, "delete from qrtz_locks where sched_name = ?", scheduler);
                assertEquals(0, lockRows(connection, scheduler));

                runMigration(connection, "V49__scheduler_lock_rows.sql");
                assertEquals(2, lockRows(connection, scheduler), "TRIGGER_ACCESS and STATE_ACCESS for " + scheduler);

                runMigration(connection, "V49__scheduler_lock_rows.sql");
                assertEquals(2, lockRows(connection, scheduler), "rows an instance already made stay as they are");
            } finally {
                connection.rollback();
            }
        }
    }

    private static long lockRows(Connection connection, String scheduler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from qrtz_locks where sched_name = ?"
                        + " and lock_name in ('TRIGGER_ACCESS', 'STATE_ACCESS')")) {
            statement.setString(1, scheduler);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void runMigration(Connection connection, String file) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration(file)) {
                statement.executeUpdate(sql);
            }
        }
    }

    private static List<String> migration(String file) throws IOException {
        try (InputStream in = ScheduledJobsTest.class.getResourceAsStream("/db/migration/" + file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return List.of(sql.split(";")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** A job that never fires by itself: paused, and its next firing a year away. */
    private static void insertPausedJob(Connection connection, String name) throws SQLException {
        long now = System.currentTimeMillis();
        update(connection, "insert into qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable,"
                + " is_nonconcurrent, is_update_data, requests_recovery) values ('QuarkusQuartzScheduler', ?,"
                + " 'io.quarkus.scheduler.Scheduler', 'org.quartz.Job', false, true, false, false)", name);
        update(connection, "insert into qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group,"
                + " next_fire_time, priority, trigger_state, trigger_type, start_time)"
                + " values ('QuarkusQuartzScheduler', ?, 'io.quarkus.scheduler.Scheduler', ?,"
                + " 'io.quarkus.scheduler.Scheduler', " + (now + 365L * 86_400_000L)
                + ", 5, 'PAUSED', 'SIMPLE', " + now + ")", name, name);
        update(connection, "insert into qrtz_simple_triggers (sched_name, trigger_name, trigger_group, repeat_count,"
                + " repeat_interval, times_triggered)"
                + " values ('QuarkusQuartzScheduler', ?, 'io.quarkus.scheduler.Scheduler',"
                + " -1, 3600000, 0)", name);
    }

    private static void deleteJob(Connection connection, String name) throws SQLException {
        update(connection, "delete from qrtz_simple_triggers where trigger_name = ?", name);
        update(connection, "delete from qrtz_triggers where trigger_name = ?", name);
        update(connection, "delete from qrtz_job_details where job_name = ?", name);
    }

    private static void update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String table, String column, String value)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from " + table + " where " + column + " = ?")) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }
}
