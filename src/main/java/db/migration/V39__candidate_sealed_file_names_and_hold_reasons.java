package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A document's file name (often the candidate's own name) and a legal hold's reason are stored sealed under the
 * candidate's key too; the rows there are listed for the application to encrypt (SealedColumns).
 */
public class V39__candidate_sealed_file_names_and_hold_reasons extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SealedColumns.toBytes(context.getConnection(), "candidate_document", "file_name", true);
        SealedColumns.listAll(context.getConnection(), "candidate_document", "document_id");
        SealedColumns.toBytes(context.getConnection(), "legal_hold", "reason", true);
        SealedColumns.listAll(context.getConnection(), "legal_hold", "hold_id");
    }
}
