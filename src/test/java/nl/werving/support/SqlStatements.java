package nl.werving.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;

import org.awaitility.core.ConditionTimeoutException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.scheduler.Scheduler;

/**
 * Counts the SQL statements a page needs. Hibernate's statistics are global, so the scheduler is paused while counting
 * (the mail sender queries every second in tests). A job run already under way when the pause comes still counts, so
 * each count starts after the database has been quiet for a moment, and the page is counted until two counts agree (at
 * most five times), the fewest statements taken: other threads can only add to a count, and they rarely add the same
 * number to two counts made after a quiet moment each.
 */
@ApplicationScoped
public class SqlStatements {

    private static final int ATTEMPTS = 5;

    private final EntityManagerFactory entityManagerFactory;
    private final Scheduler scheduler;

    SqlStatements(EntityManagerFactory entityManagerFactory, Scheduler scheduler) {
        this.entityManagerFactory = entityManagerFactory;
        this.scheduler = scheduler;
    }

    /** The fewest statements one GET of {@code path} prepared, after a first GET that warms the caches. */
    public long forPage(WebSession session, String path) {
        return forRequest(() -> session.get(path).then().statusCode(200));
    }

    /** The fewest statements one run of a repeatable request prepared (it checks its own answer), after a first run. */
    public long forRequest(Runnable request) {
        request.run();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        scheduler.pause();
        try {
            long fewest = Long.MAX_VALUE;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                awaitQuiet(statistics);
                statistics.clear();
                request.run();
                long count = statistics.getPrepareStatementCount();
                if (count == fewest) {
                    break;
                }
                fewest = Math.min(fewest, count);
            }
            return fewest;
        } finally {
            scheduler.resume();
        }
    }

    /**
     * Until no statement ran for 300 ms (a job that was under way when the scheduler paused has finished), or 5 s have
     * passed: then the fewest of the tries still tells.
     */
    private static void awaitQuiet(Statistics statistics) {
        statistics.clear();
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).during(Duration.ofMillis(300)).until(() -> {
                long statements = statistics.getPrepareStatementCount();
                statistics.clear();
                return statements == 0;
            });
        } catch (ConditionTimeoutException busy) {
            // Counted anyway; a busy moment only adds to one try.
        }
    }
}
