package nl.werving.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** A column's bytes as the database holds them, read past the entities: to see that a value is stored sealed. */
public final class StoredColumns {

    private StoredColumns() {
    }

    /** The first column of the first row {@code sql} selects for the one id parameter; {@code null} without a row. */
    public static byte[] bytes(DataSource dataSource, String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }
}
