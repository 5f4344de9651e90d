package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Motivations and notes are stored sealed under the candidate's key (personaldata/CandidateKeys), so their columns become
 * binary. SQL cannot encrypt, and the two databases turn text into bytes with functions of their own: each row's text is
 * copied here as its UTF-8 bytes, which the application reads as they are (no sealed value starts with a byte UTF-8
 * uses), and listed for the application to encrypt in batches (candidate/CandidateService#encryptPlainTexts).
 */
public class V35__candidate_sealed_texts extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        toBytes(context, "candidate_motivation");
        toBytes(context, "candidate_note");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create table candidate_motivation_plain (
                        motivation_id bigint not null,
                        constraint pk_candidate_motivation_plain primary key (motivation_id),
                        constraint fk_candidate_motivation_plain_motivation foreign key (motivation_id)
                            references candidate_motivation (id) on delete cascade
                    )""");
            statement.execute("insert into candidate_motivation_plain (motivation_id) select id from candidate_motivation");
            statement.execute("""
                    create table candidate_note_plain (
                        note_id bigint not null,
                        constraint pk_candidate_note_plain primary key (note_id),
                        constraint fk_candidate_note_plain_note foreign key (note_id) references candidate_note (id) on delete cascade
                    )""");
            statement.execute("insert into candidate_note_plain (note_id) select id from candidate_note");
        }
    }

    /** Replaces the table's text column {@code body} with a binary one holding the same text as UTF-8. */
    private static void toBytes(Context context, String table) throws SQLException {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table " + table + " add column body_bytes bytea");
        }
        try (Statement select = context.getConnection().createStatement();
                PreparedStatement update = context.getConnection().prepareStatement("update " + table + " set body_bytes = ? where id = ?");
                ResultSet rows = select.executeQuery("select id, body from " + table)) {
            int pending = 0;
            while (rows.next()) {
                update.setBytes(1, rows.getString(2).getBytes(StandardCharsets.UTF_8));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table " + table + " drop column body");
            statement.execute("alter table " + table + " rename column body_bytes to body");
            statement.execute("alter table " + table + " alter column body set not null");
        }
    }
}
