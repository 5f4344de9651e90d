package nl.werving.booking;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.identity.AppUser;
import nl.werving.mail.OutboxMail;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.Stage;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancy;

/** Slots for tests: {@code aSlot().of(vacancy).forStage(stage).inDays(3).seats(8).persist()}. */
public final class TestSlots {

    private Vacancy vacancy;
    private Stage stage;
    private SlotKind kind = SlotKind.ROLE_PLAY;
    private Instant startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    private int capacity = 1;
    private List<AppUser> interviewers = List.of();

    public static TestSlots aSlot() {
        return new TestSlots();
    }

    public TestSlots of(Vacancy vacancy, Stage stage) {
        this.vacancy = vacancy;
        this.stage = stage;
        return this;
    }

    public TestSlots kind(SlotKind kind) {
        this.kind = kind;
        return this;
    }

    public TestSlots at(Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    public TestSlots inHours(long hours) {
        this.startsAt = Instant.now().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.MINUTES);
        return this;
    }

    public TestSlots seats(int capacity) {
        this.capacity = capacity;
        return this;
    }

    public TestSlots with(AppUser... interviewers) {
        this.interviewers = List.of(interviewers);
        return this;
    }

    public Slot persist() {
        AppUser creator = TestUsers.recruiter();
        return QuarkusTransaction.requiringNew().call(() -> {
            Slot slot = new Slot();
            slot.vacancy = Vacancy.findById(vacancy.id);
            slot.stage = Stage.findById(stage.id);
            slot.kind = kind;
            slot.startsAt = startsAt;
            slot.durationMinutes = kind.defaultMinutes;
            slot.location = "Stationsplein 12, Utrecht";
            slot.room = "Zaal De Dom";
            slot.capacity = capacity;
            slot.status = SlotStatus.OPEN;
            slot.calendarUid = UUID.randomUUID() + "@werving";
            slot.createdBy = creator.id;
            slot.createdAt = Instant.now();
            interviewers.forEach(user -> slot.interviewers.add(AppUser.findById(user.id)));
            slot.persist();
            return slot;
        });
    }

    static Slot reload(long slotId) {
        return QuarkusTransaction.requiringNew().call(() -> Slot.<Slot> findById(slotId));
    }

    static String statusToken(CandidateService candidates, Application application) {
        return QuarkusTransaction.requiringNew().call(() -> candidates.issueStatusToken(Candidate.findById(application.candidate.id)));
    }

    static long bookings(long slotId) {
        return QuarkusTransaction.requiringNew().call(() -> Booking.count("slot.id", slotId));
    }

    static List<OutboxMail> mails(String kind, String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMail.<OutboxMail> list("kind = ?1 and recipientKey = ?2 order by id",
                kind, OutboxMail.keyOf(recipient)));
    }

    /**
     * Counts {@code release} down once a session of the test database waits for another's row lock, or after the patience:
     * what holds a row is let go only when the work racing it is known to wait for it.
     */
    static Future<?> releaseWhenSomeoneWaits(ExecutorService pool, CountDownLatch release, DataSource dataSource, String databaseKind,
            Duration patience) {
        return pool.submit(() -> {
            try {
                await().atMost(patience).until(() -> someoneWaitsForARowLock(dataSource, databaseKind));
            } finally {
                release.countDown();
            }
        });
    }

    /** Keeps the calling thread, and the transaction it holds open, until {@code release}. */
    static void holdUntil(CountDownLatch release, Duration patience) {
        try {
            release.await(patience.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a session of the test database waits for another's row lock, on PostgreSQL or H2. */
    private static boolean someoneWaitsForARowLock(DataSource dataSource, String databaseKind) throws SQLException {
        String waiting = DatabaseKind.isPostgreSQL(databaseKind)
                ? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery(waiting)) {
            return count.next() && count.getLong(1) > 0;
        }
    }

    static String bookingUrl(String token, Application application) {
        return "/status/" + token + "/applications/" + application.id + "/booking";
    }
}
