package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The apply limit writes its attempts with a plain statement, so the database numbers them: from the sequence the rows
 * were numbered from until now, so an instance still running the earlier version during a rolling deploy takes no id
 * twice (it uses the blocks below the values it draws; a plain statement draws values of its own). The two databases
 * spell a sequence's next value differently.
 */
public class V50__careers_apply_attempt_ids_from_the_database extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = "PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName());
        String nextId = postgres ? "nextval('apply_attempt_seq')" : "next value for apply_attempt_seq";
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table apply_attempt alter column id set default " + nextId);
        }
    }
}
