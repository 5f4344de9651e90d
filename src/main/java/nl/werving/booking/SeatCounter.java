package nl.werving.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Takes a seat of a slot with one conditional update of its counter, so the database's row lock decides between
 * candidates racing for the last seat. Plain JDBC on the pool's connection: outside a transaction the statement commits
 * on its own, so the row is locked only while the database runs it, never while this instance waits for a processor to
 * send the commit; inside a transaction (a seat given to the first on the waiting list) the pool hands out that
 * transaction's connection and the update is part of it.
 */
@ApplicationScoped
public class SeatCounter {

    private static final String TAKE = """
            update slot set booked = booked + 1 where id = ? and booked < capacity and status = ? and starts_at > ?""";

    private final DataSource dataSource;

    public SeatCounter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The seat's number (1 for the first), or 0 when the slot is full, cancelled, gone or starts before
     * {@code bookableAfter}.
     */
    int take(long slotId, Instant bookableAfter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(TAKE, new String[] { "booked" })) {
            update.setLong(1, slotId);
            update.setString(2, SlotStatus.OPEN.name());
            update.setObject(3, bookableAfter.atOffset(ZoneOffset.UTC));
            if (update.executeUpdate() == 0) {
                return 0;
            }
            // The counter as this update left it, returned with the update itself.
            try (ResultSet counter = update.getGeneratedKeys()) {
                if (!counter.next()) {
                    throw new IllegalStateException("The database did not return the seat of slot " + slotId);
                }
                return counter.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Taking a seat of slot " + slotId + " failed", e);
        }
    }
}
