package nl.werving.careers;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.Applicant;
import nl.werving.vacancy.Vacancy;

/**
 * On PostgreSQL an application's confirmation mail and a long motivation, sealed and so incompressible, stay in their
 * rows (V51) instead of being moved to the TOAST tables: one table written per row, not three.
 */
@QuarkusTest
class SealedRowsStayWholeTest {

    @Inject
    DataSource dataSource;

    @Test
    void postgresqlKeepsTheSealedMailAndMotivationOfAnApplicationInTheirRows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()), "TOAST is PostgreSQL's");
            long mailChunks = toastChunks(statement, "outbox_mail");
            long motivationChunks = toastChunks(statement, "candidate_motivation");
            long lastMail = single(statement, "select coalesce(max(id), 0) from outbox_mail");

            Vacancy vacancy = aVacancy().published().persist();
            Applicant applicant = anApplicant();
            // 1,973 characters of the 2,000 allowed, 2,057 bytes in UTF-8.
            applicant.motivation = "Eén ding weet ik zeker: klanten helpen is wat ik het liefst doe, ’s avonds én in het weekend. ".repeat(21);
            applicant.applyTo(vacancy.slug).then().statusCode(303);

            assertTrue(single(statement, "select max(pg_column_size(m.*)) from outbox_mail m where id > " + lastMail) > 2032,
                    "the mail's row is over the size at which PostgreSQL starts moving values out");
            assertTrue(single(statement, "select max(pg_column_size(m.*)) from candidate_motivation m") > 2032);
            assertEquals(mailChunks, toastChunks(statement, "outbox_mail"), "nothing of the mail moved out of its row");
            assertEquals(motivationChunks, toastChunks(statement, "candidate_motivation"), "nor of the motivation");
        }
    }

    private static long toastChunks(Statement statement, String table) throws SQLException {
        String toast;
        try (ResultSet row = statement.executeQuery("select reltoastrelid::regclass from pg_class where relname = '" + table + "'")) {
            row.next();
            toast = row.getString(1);
        }
        return single(statement, "select count(*) from " + toast);
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
