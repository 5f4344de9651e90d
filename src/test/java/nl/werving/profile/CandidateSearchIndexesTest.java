package nl.werving.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL the candidate search finds the tokens of words of names and e-mail addresses through a trigram index
 * (V41), and the planner uses it: without, every search reads all candidates.
 */
@QuarkusTest
class CandidateSearchIndexesTest {

    @Inject
    DataSource dataSource;

    @Test
    void postgresqlSearchesNameAndEmailTokensThroughATrigramIndex() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()), "trigram indexes exist on PostgreSQL only");
            List<String> indexes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select indexname from pg_indexes where tablename = 'candidate' and indexdef like '%gin_trgm_ops%' order by indexname")) {
                while (rows.next()) {
                    indexes.add(rows.getString(1));
                }
            }
            assertEquals(List.of("ix_candidate_search_words_trigram"), indexes);

            statement.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery(
                    "explain select id from candidate where search_words like '% 3fa9c1 %' and search_words like '% 07be2d %'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("reset enable_seqscan");
            }
            assertEquals(true, plan.toString().contains("ix_candidate_search_words_trigram"), plan.toString());
        }
    }
}
