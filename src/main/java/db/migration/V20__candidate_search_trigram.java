package db.migration;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;

/**
 * On PostgreSQL, trigram indexes let the candidate search find part of a name or an e-mail address without reading every
 * candidate. They need the {@code pg_trgm} extension, which a database owner may not be allowed to create: then the
 * search still works, reading the table, and the log says so. H2 has no such
 * indexes and reads its (small) table.
 */
public class V20__candidate_search_trigram extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V20__candidate_search_trigram.class);

    @Override
    public void migrate(Context context) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        Savepoint beforeExtension = context.getConnection().setSavepoint();
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create extension if not exists pg_trgm");
            statement.execute("create index ix_candidate_full_name_trigram on candidate using gin (lower(full_name) gin_trgm_ops)");
            statement.execute("create index ix_candidate_email_key_trigram on candidate using gin (email_key gin_trgm_ops)");
        } catch (SQLException notAllowed) {
            context.getConnection().rollback(beforeExtension);
            LOG.warnf("Candidate search without trigram indexes (SQL state %s): it reads the whole candidate table. A database "
                    + "administrator can add them later with the statements of %s.", notAllowed.getSQLState(), getClass().getSimpleName());
        }
    }
}
