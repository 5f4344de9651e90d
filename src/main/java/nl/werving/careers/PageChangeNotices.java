package nl.werving.careers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import nl.werving.vacancy.VacancyChanged;

/**
 * Tells every instance on the same PostgreSQL database that the public pages changed, so that their kept copies
 * ({@link PublicPages}) go within moments rather than at the minute's expiry. The transaction that changes a vacancy
 * sends a {@code NOTIFY} naming this instance and the vacancy, which PostgreSQL delivers only if it commits; each
 * instance keeps one connection that {@code LISTEN}s and drops its copies on every notice of another instance (its own
 * changes it has dropped already, as they committed). On H2 there is one instance and nothing runs.
 */
@ApplicationScoped
public class PageChangeNotices {

    static final String CHANNEL = "werving_careers_pages";

    private static final Logger LOG = Logger.getLogger(PageChangeNotices.class);

    /** This instance in its notices: the first word of each one's text, the vacancy's id the second. */
    static final String INSTANCE = UUID.randomUUID().toString();

    /** How long one wait for notices lasts; the listener checks for shutdown in between. */
    private static final int WAIT_MILLIS = 500;

    /** How long the listener waits before it connects again after losing its connection. */
    private static final int RETRY_MILLIS = 5_000;

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final Cache pages;
    private final boolean postgres;
    private volatile boolean running;
    private Thread listener;

    public PageChangeNotices(AgroalDataSource dataSource, EntityManager entityManager,
            @CacheName("careers-pages") Cache pages, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.pages = pages;
        this.postgres = DatabaseKind.isPostgreSQL(databaseKind);
    }

    void start(@Observes StartupEvent started) {
        if (postgres) {
            running = true;
            listener = new Thread(this::listen, "careers-page-notices");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener.join(WAIT_MILLIS * 2L);
        }
    }

    void announce(@Observes(during = TransactionPhase.IN_PROGRESS) VacancyChanged changed) {
        if (postgres) {
            entityManager.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                    .setParameter(2, INSTANCE + " " + changed.vacancyId()).getSingleResult();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Whatever changed while this instance was not listening.
                dropPages();
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
                    if (received != null && Arrays.stream(received).anyMatch(PageChangeNotices::fromAnotherInstance)) {
                        dropPages();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Listening for careers page changes failed (%s); listening again in %d s", e.getMessage(),
                            RETRY_MILLIS / 1000);
                    pause();
                }
            }
        }
    }

    private static boolean fromAnotherInstance(PGNotification notice) {
        return !notice.getParameter().startsWith(INSTANCE + " ");
    }

    private void dropPages() {
        pages.invalidateAll().await().indefinitely();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
