package nl.werving.careers;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vertx.core.http.HttpServerRequest;
import nl.werving.web.ClientAddress;
import nl.werving.web.KeyedHash;

/**
 * At most {@code werving.careers.apply-limit} applications per client address per window, counted in the
 * database so that all instances share one count: enough to stop a script, without slowing a real
 * candidate. Each attempt is committed before the attempts are counted, so a burst of parallel requests
 * gets exactly the limit through, not one per request in flight.
 */
@ApplicationScoped
public class ApplyRateLimiter {

    private final CareersConfig config;
    private final Clock clock;
    private final KeyedHash keyedHash;
    private final ClientAddress clientAddress;
    private final ApplyAttempts attempts;

    public ApplyRateLimiter(CareersConfig config, Clock clock, KeyedHash keyedHash, ClientAddress clientAddress,
            ApplyAttempts attempts) {
        this.config = config;
        this.clock = clock;
        this.keyedHash = keyedHash;
        this.clientAddress = clientAddress;
        this.attempts = attempts;
    }

    /** Counts an attempt from the request's client; false when its address has used up its attempts for now. */
    public boolean tryAcquire(HttpServerRequest request) {
        return tryAcquire(request, "apply");
    }

    /** The same limit for another public form ({@code form} names it), counted apart from applications. */
    public boolean tryAcquire(HttpServerRequest request, String form) {
        String key = keyedHash.of(form, clientAddress.of(request));
        Instant now = Instant.now(clock);
        int limit = config.applyLimit();
        int enoughToRefuse = limit == Integer.MAX_VALUE ? limit : limit + 1;
        return attempts.recordAndCount(key, now, now.minus(config.applyWindow()), enoughToRefuse) <= limit;
    }

    public long retryAfterSeconds() {
        return config.applyWindow().toSeconds();
    }

    @Scheduled(identity = "apply-attempts-cleanup", every = "10m", concurrentExecution = ConcurrentExecution.SKIP)
    void forgetOldAttempts() {
        Instant windowStart = Instant.now(clock).minus(config.applyWindow());
        attempts.deleteBefore(windowStart);
    }
}
