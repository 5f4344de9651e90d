package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import nl.werving.candidate.DuplicateKeys;

/**
 * The keys that find likely duplicate candidates through an index (name, mailbox, phone digits), filled in for the
 * candidates already there. The entity keeps them in step from then on.
 */
public class V25__candidate_duplicate_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table candidate add column name_key varchar(120)");
            statement.execute("alter table candidate add column mailbox_key varchar(200)");
            statement.execute("alter table candidate add column phone_key varchar(40)");
        }
        try (Statement select = context.getConnection().createStatement();
                PreparedStatement update = context.getConnection()
                        .prepareStatement("update candidate set name_key = ?, mailbox_key = ?, phone_key = ? where id = ?");
                ResultSet rows = select.executeQuery("select id, full_name, email, phone from candidate")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, DuplicateKeys.name(rows.getString(2)));
                update.setString(2, DuplicateKeys.mailbox(rows.getString(3)));
                update.setString(3, DuplicateKeys.phone(rows.getString(4)));
                update.setLong(4, rows.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_candidate_name_key on candidate (name_key)");
            statement.execute("create index ix_candidate_mailbox_key on candidate (mailbox_key)");
            statement.execute("create index ix_candidate_phone_key on candidate (phone_key)");
        }
    }
}
