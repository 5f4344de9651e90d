package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a migration does to a column whose personal data is sealed from then on under the candidate's key
 * (personaldata/CandidateKeys). SQL cannot encrypt, and the two databases turn text into bytes with functions of their
 * own: the column becomes binary holding each row's text as UTF-8, which the application reads as it is (no sealed
 * value starts with a byte UTF-8 uses), and the rows are listed in a table of their own for the application to encrypt
 * in batches (personaldata/SealingBacklog).
 */
final class SealedColumns {

    private static final int BATCH = 1000;

    private SealedColumns() {
    }

    /** Replaces the table's text column with a binary one of the same name holding the same text as UTF-8; nulls stay. */
    static void toBytes(Connection connection, String table, String column, boolean notNull) throws SQLException {
        String bytes = column + "_bytes";
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " add column " + bytes + " bytea");
        }
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement("update " + table + " set " + bytes + " = ? where id = ?");
                ResultSet rows = selectInBatches(select, "select id, " + column + " from " + table + " where " + column
                        + " is not null")) {
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
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " drop column " + column);
            statement.execute("alter table " + table + " rename column " + bytes + " to " + column);
            if (notNull) {
                statement.execute("alter table " + table + " alter column " + column + " set not null");
            }
        }
    }

    /** The rows read {@link #BATCH} at a time, not all at once (PostgreSQL's driver does so within a transaction). */
    private static ResultSet selectInBatches(Statement select, String sql) throws SQLException {
        select.setFetchSize(BATCH);
        return select.executeQuery(sql);
    }

    /**
     * Puts every row of the table on the list {@code <table>_plain} of rows to encrypt, one column {@code idColumn} that
     * goes with the row; the list is made if an earlier migration did not make it, and rows already on it stay once.
     */
    static void listAll(Connection connection, String table, String idColumn) throws SQLException {
        listAll(connection, table, idColumn, "row");
    }

    /** {@link #listAll(Connection, String, String)} with the list's foreign key named {@code fk_<table>_plain_<rowName>}. */
    static void listAll(Connection connection, String table, String idColumn, String rowName) throws SQLException {
        String list = table + "_plain";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists " + list + " (" + idColumn + " bigint not null, "
                    + "constraint pk_" + list + " primary key (" + idColumn + "), "
                    + "constraint fk_" + list + "_" + rowName + " foreign key (" + idColumn + ") references " + table
                    + " (id) on delete cascade)");
            statement.execute("insert into " + list + " (" + idColumn + ") select id from " + table
                    + " t where not exists (select 1 from " + list + " l where l." + idColumn + " = t.id)");
        }
    }
}
