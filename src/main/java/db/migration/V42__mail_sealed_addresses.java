package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The addresses of correspondence are sealed under the candidate's key too: an outbox mail's recipient and its calendar
 * invitation (which names the attendees), and the sender of a candidate's reply. An outbox mail is found by its address
 * through a keyed hash ({@code recipient_key}, personaldata/BlindIndex). Every mail is listed again, those of no
 * candidate too, so the application fills in the hash (mail/Outbox#sealBacklog); so is every reply.
 */
public class V42__mail_sealed_addresses extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SealedColumns.toBytes(context.getConnection(), "outbox_mail", "recipient", true);
        SealedColumns.toBytes(context.getConnection(), "outbox_mail", "calendar", false);
        SealedColumns.toBytes(context.getConnection(), "reply", "from_address", true);
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table outbox_mail add column recipient_key varchar(40)");
            statement.execute("create index ix_outbox_mail_recipient_key on outbox_mail (recipient_key)");
        }
        SealedColumns.listAll(context.getConnection(), "outbox_mail", "mail_id");
        SealedColumns.listAll(context.getConnection(), "reply", "reply_id");
    }
}
