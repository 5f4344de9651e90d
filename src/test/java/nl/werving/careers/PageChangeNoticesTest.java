package nl.werving.careers;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyChanged;

/** On PostgreSQL a vacancy change reaches the kept careers pages of every instance within moments. */
@QuarkusTest
class PageChangeNoticesTest {

    @Inject
    DataSource dataSource;

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void assumePostgres(Connection connection) throws SQLException {
        assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()), "notices need PostgreSQL");
    }

    @Test
    void aVacancyChangeIsAnnouncedToTheOtherInstancesWhenItCommits() throws SQLException {
        try (Connection otherInstance = dataSource.getConnection()) {
            assumePostgres(otherInstance);
            try (Statement statement = otherInstance.createStatement()) {
                statement.execute("LISTEN " + PageChangeNotices.CHANNEL);
            }
            PGConnection notices = otherInstance.unwrap(PGConnection.class);
            notices.getNotifications(1);

            Vacancy vacancy = aVacancy().titled("Aangekondigd " + marker()).published().persist();

            PGNotification[] received = notices.getNotifications(5_000);
            assertNotNull(received, "a notice within 5 s");
            assertEquals(PageChangeNotices.CHANNEL, received[0].getName());
            assertEquals(PageChangeNotices.INSTANCE + " " + vacancy.id, received[0].getParameter(), "this instance and the vacancy");

            assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                CDI.current().getBeanManager().getEvent().select(VacancyChanged.class).fire(new VacancyChanged(vacancy.id));
                QuarkusTransaction.setRollbackOnly();
            }), "the change is rolled back");
            PGNotification[] afterRollback = notices.getNotifications(1_000);
            assertTrue(afterRollback == null || afterRollback.length == 0, "a change rolled back is not announced");
        }
    }

    @Test
    void aNoticeFromAnotherInstanceDropsTheKeptListsWithinTwoSeconds() throws SQLException {
        try (Connection otherInstance = dataSource.getConnection()) {
            assumePostgres(otherInstance);
            String marker = marker();
            Vacancy vacancy = aVacancy().titled("Eerder " + marker).published().persist();
            WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).body(containsString("Eerder " + marker));
            // Another instance changes the vacancy: this one hears of it only through the database.
            QuarkusTransaction.requiringNew().run(() -> Vacancy.update("title = ?1 where id = ?2", "Later " + marker, vacancy.id));
            WebSession.anonymous().get("/jobs?q=" + marker).then().statusCode(200).body(containsString("Eerder " + marker));
            try (Statement statement = otherInstance.createStatement()) {
                statement.execute("NOTIFY " + PageChangeNotices.CHANNEL);
            }

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> WebSession.anonymous()
                    .get("/jobs?q=" + marker).then().statusCode(200).body(containsString("Later " + marker)));
        }
    }
}
