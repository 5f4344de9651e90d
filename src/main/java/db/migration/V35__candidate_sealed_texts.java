package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Motivations and notes are stored sealed under the candidate's key (personaldata/CandidateKeys), so their columns become
 * binary, and the rows there are listed for the application to encrypt (candidate/CandidateService#sealBacklog).
 */
public class V35__candidate_sealed_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SealedColumns.toBytes(context.getConnection(), "candidate_motivation", "body", true);
        SealedColumns.toBytes(context.getConnection(), "candidate_note", "body", true);
        SealedColumns.listAll(context.getConnection(), "candidate_motivation", "motivation_id", "motivation");
        SealedColumns.listAll(context.getConnection(), "candidate_note", "note_id", "note");
    }
}
