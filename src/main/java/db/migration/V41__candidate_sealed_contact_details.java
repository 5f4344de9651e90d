package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * A candidate's name, e-mail address and phone number are stored sealed under the candidate's key; what finds them
 * becomes keyed hashes (personaldata/BlindIndex): the e-mail key, the duplicate keys, and a list of word tokens for the
 * search, with on PostgreSQL a trigram index over it (the old trigram indexes over name and e-mail go). The same name
 * with the same e-mail user name at another provider is one hash now, as hashes cannot be compared with {@code like}.
 * Every candidate is listed for the application to seal and to hash again (SealedColumns); until then a candidate is
 * found by the exact e-mail address only as before, and not by the search.
 */
public class V41__candidate_sealed_contact_details extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V41__candidate_sealed_contact_details.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table index_key (id integer not null, wrapped_key bytea not null, "
                    + "master_key_id varchar(40) not null, created_at timestamp(6) with time zone not null, "
                    + "constraint pk_index_key primary key (id))");
            statement.execute("drop index if exists ix_candidate_email_key_trigram");
            statement.execute("drop index if exists ix_candidate_name_key");
            statement.execute("alter table candidate drop column name_key");
            statement.execute("alter table candidate add column name_user_key varchar(40)");
            statement.execute("create index ix_candidate_name_user_key on candidate (name_user_key)");
            statement.execute("alter table candidate add column search_words varchar(2000)");
            statement.execute("alter table candidate alter column email_key drop not null");
        }
        // Null only between a new candidate's insert and the update with its sealed details: sealing needs the id.
        SealedColumns.toBytes(connection, "candidate", "full_name", false);
        SealedColumns.toBytes(connection, "candidate", "email", false);
        SealedColumns.toBytes(connection, "candidate", "phone", false);
        SealedColumns.listAll(connection, "candidate", "candidate_id", "candidate");
        if (postgres) {
            indexSearchWords(connection);
        }
    }

    private static void indexSearchWords(Connection connection) throws SQLException {
        Savepoint beforeIndex = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index ix_candidate_search_words_trigram on candidate using gin (search_words gin_trgm_ops)");
        } catch (SQLException noTrigrams) {
            connection.rollback(beforeIndex);
            LOG.warnf("Candidate search without a trigram index (SQL state %s): it reads the whole candidate table. A database "
                    + "administrator can add it with the statement of %s.", noTrigrams.getSQLState(),
                    V41__candidate_sealed_contact_details.class.getSimpleName());
        }
    }
}
