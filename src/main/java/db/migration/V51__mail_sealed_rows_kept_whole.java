package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sealed bytes do not compress. PostgreSQL treats a row over 2 KB by first trying to compress its largest values and
 * then moving them to the table's TOAST table: for the confirmation mail of every application (about 2.5 KB sealed) a
 * failed compression and a second table and index written. The mail's plain text used to compress under the 2 KB. Rows
 * of the mail and motivation tables now stay whole up to a page; larger ones are moved as before. H2 has no TOAST.
 */
public class V51__mail_sealed_rows_kept_whole extends BaseJavaMigration {

    /** The largest target PostgreSQL allows: a row fills a page of 8 KB before anything is moved out. */
    private static final int WHOLE_PAGE = 8160;

    @Override
    public void migrate(Context context) throws SQLException {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table outbox_mail set (toast_tuple_target = " + WHOLE_PAGE + ")");
            statement.execute("alter table candidate_motivation set (toast_tuple_target = " + WHOLE_PAGE + ")");
        }
    }
}
