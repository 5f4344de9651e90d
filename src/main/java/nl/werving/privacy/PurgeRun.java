package nl.werving.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** One run of the purge: anonymous counts and times, for the admin and the auditor. */
@Entity
public class PurgeRun extends PanacheEntity {

    public Instant startedAt;
    public Instant finishedAt;
    public int purged;
    public int failed;
    public String triggerKind;
    /** When the run last reported its counts; a batch takes seconds, so a long silence means the run was cut off. */
    public Instant progressAt;

    /** No progress for this long while unfinished: the instance running it was stopped or killed. */
    static final Duration SILENCE = Duration.ofMinutes(15);

    public static List<PurgeRun> latest(int count) {
        return findAll(Sort.by("startedAt").descending().and("id").descending()).page(Page.ofSize(count)).list();
    }

    /** The counts of a run so far, for the privacy page while it goes on. */
    static void progress(long id, int purged, int failed, Instant at) {
        update("purged = ?1, failed = ?2, progressAt = ?3 where id = ?4", purged, failed, at, id);
    }

    /** Unfinished and silent: the next run takes over the candidates it did not get to. */
    public boolean isInterrupted(Instant now) {
        return finishedAt == null && progressAt != null && progressAt.isBefore(now.minus(SILENCE));
    }

    /** How long the run took, in seconds; {@code null} while it runs. */
    public Double seconds() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt).toMillis() / 1000.0;
    }
}
