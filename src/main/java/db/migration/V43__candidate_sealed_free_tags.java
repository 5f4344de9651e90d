package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A free tag on a candidate (a word the team typed about them) is stored sealed under the candidate's key, and compared
 * through a keyed hash (personaldata/BlindIndex) instead of its text. The links are listed for the application to seal
 * and hash (candidate/CandidateTags#sealBacklog); the admins' tags are no personal data and stay as they are.
 */
public class V43__candidate_sealed_free_tags extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        SealedColumns.toBytes(context.getConnection(), "candidate_tag", "label", false);
        SealedColumns.listAll(context.getConnection(), "candidate_tag", "link_id", "link");
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("delete from candidate_tag_plain where link_id in (select id from candidate_tag where label is null)");
        }
    }
}
