package db.migration;

import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The free text of reference checks (the referees' names and contact data, their answers' comments and remarks, the
 * candidate's response) and the candidates' screening answers are stored sealed under the candidate's key
 * (personaldata/CandidateKeys), so their columns become binary, and the rows there are listed for the application to
 * encrypt (reference/ReferenceTexts#sealBacklog, screening/ScreeningService#sealBacklog).
 */
public class V38__reference_screening_sealed_texts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        SealedColumns.toBytes(connection, "reference_check", "candidate_response", false);
        SealedColumns.toBytes(connection, "referee", "full_name", true);
        SealedColumns.toBytes(connection, "referee", "email", true);
        SealedColumns.toBytes(connection, "referee", "phone", false);
        SealedColumns.toBytes(connection, "referee", "company", true);
        SealedColumns.toBytes(connection, "referee", "period", true);
        SealedColumns.toBytes(connection, "referee", "remarks", false);
        SealedColumns.toBytes(connection, "referee_answer", "comment", false);
        SealedColumns.toBytes(connection, "screening_answer", "answer", true);
        SealedColumns.listAll(connection, "reference_check", "check_id");
        SealedColumns.listAll(connection, "referee", "referee_id");
        SealedColumns.listAll(connection, "referee_answer", "answer_id");
        SealedColumns.listAll(connection, "screening_answer", "answer_id");
    }
}
