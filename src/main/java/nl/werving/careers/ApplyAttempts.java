package nl.werving.careers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The POSTs of the public forms, one row each under a keyed hash of the client's address, kept for the limit's window
 * ({@code apply_attempt}). Plain statements in auto-commit: an attempt must be committed before the attempts are
 * counted ({@link ApplyRateLimiter}), and a transaction with an ORM session around each of the two statements cost
 * every application more than a millisecond of CPU. Outside any transaction, so a caller's cannot take the connection in.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class ApplyAttempts {

    private final DataSource dataSource;

    public ApplyAttempts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Commits an attempt made at {@code at}, then counts the client's attempts after {@code since}, this one among them,
     * up to {@code atMost}: a flood from one address costs each of its requests no more than that.
     */
    public long recordAndCount(String clientKey, Instant at, Instant since, int atMost) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            insert(connection, clientKey, at);
            try (PreparedStatement count = connection.prepareStatement("""
                    select count(*) from (
                        select 1 as attempt from apply_attempt where client_key = ? and attempted_at > ? fetch first ? rows only
                    ) recent""")) {
                count.setString(1, clientKey);
                count.setObject(2, at(since));
                count.setInt(3, atMost);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Apply attempts could not be counted (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Commits an attempt without counting, as another instance's would be. */
    public void record(String clientKey, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            insert(connection, clientKey, at);
        } catch (SQLException e) {
            throw new IllegalStateException("An apply attempt could not be recorded (SQL state " + e.getSQLState() + ")", e);
        }
    }

    /** Deletes the attempts made at or before {@code before}; returns how many. */
    public int deleteBefore(Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from apply_attempt where attempted_at <= ?")) {
            connection.setAutoCommit(true);
            delete.setObject(1, at(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Old apply attempts could not be deleted (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static void insert(Connection connection, String clientKey, Instant at) throws SQLException {
        // The id is the column's default (V50).
        try (PreparedStatement insert = connection.prepareStatement("insert into apply_attempt (client_key, attempted_at) values (?, ?)")) {
            insert.setString(1, clientKey);
            insert.setObject(2, at(at));
            insert.executeUpdate();
        }
    }

    private static Object at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
