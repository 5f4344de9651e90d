package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What interviewers and assessors write about a candidate is stored sealed under the candidate's key
 * (personaldata/CandidateKeys): the STAR notes and general notes of a scorecard, the reason of a scorecard's correction
 * and the notes on a role-play. Their columns become binary, and the rows there are listed for the application to
 * encrypt (interview/Scorecards#sealBacklog, roleplay/Roleplays#sealBacklog). Ratings, advice and verdicts stay as they
 * are: anonymous facts the reports count.
 */
public class V36__interview_sealed_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (String column : new String[] { "situation", "task", "action", "result", "notes" }) {
            SealedColumns.toBytes(connection, "scorecard_note", column, false);
        }
        SealedColumns.toBytes(connection, "scorecard_amendment", "reason", true);
        SealedColumns.toBytes(connection, "roleplay_note", "notes", true);
        SealedColumns.listAll(connection, "scorecard_note", "note_id");
        SealedColumns.listAll(connection, "scorecard_amendment", "amendment_id");
        SealedColumns.listAll(connection, "roleplay_note", "note_id");
    }
}
