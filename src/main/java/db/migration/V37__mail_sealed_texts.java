package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The texts of correspondence with and about a candidate are stored sealed under the candidate's key
 * (personaldata/CandidateKeys): the subject and bodies of outbox mails that belong to a candidate (a rejection's personal
 * line and a recruiter's message live only there) and the subject and text of the candidate's replies. The columns become
 * binary and the candidate's rows are listed for the application to encrypt (mail/Outbox#sealBacklog,
 * inbox/Replies#sealBacklog). Mails that belong to no candidate (to the team, job alerts) have no key to be sealed under
 * and stay plain UTF-8; so do replies that matched no conversation (unmatched_reply is left as it is).
 */
public class V37__mail_sealed_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SealedColumns.toBytes(context.getConnection(), "outbox_mail", "subject", true);
        SealedColumns.toBytes(context.getConnection(), "outbox_mail", "html_body", true);
        SealedColumns.toBytes(context.getConnection(), "outbox_mail", "text_body", true);
        SealedColumns.toBytes(context.getConnection(), "reply", "subject", true);
        SealedColumns.toBytes(context.getConnection(), "reply", "body_text", true);
        SealedColumns.listAll(context.getConnection(), "outbox_mail", "mail_id");
        SealedColumns.listAll(context.getConnection(), "reply", "reply_id");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("delete from outbox_mail_plain where mail_id in (select id from outbox_mail where candidate_id is null)");
        }
    }
}
