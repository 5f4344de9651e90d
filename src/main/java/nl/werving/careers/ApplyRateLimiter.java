package nl.werving.careers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import nl.werving.web.WervingConfig;

/**
 * At most {@code werving.careers.apply-limit} applications per IP address per window, counted in
 * memory per instance: enough to stop a script, without slowing a real candidate.
 */
@ApplicationScoped
public class ApplyRateLimiter {

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final WervingConfig config;
    private final Clock clock;

    public ApplyRateLimiter(WervingConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Counts an attempt; false when the address has used up its attempts for now. */
    public boolean tryAcquire(String address) {
        Instant now = Instant.now(clock);
        Instant windowStart = now.minus(config.careers().applyWindow());
        Deque<Instant> times = recent.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= config.careers().applyLimit()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    public long retryAfterSeconds() {
        return config.careers().applyWindow().toSeconds();
    }

    @Scheduled(every = "10m")
    void forgetOldAddresses() {
        Instant windowStart = Instant.now(clock).minus(config.careers().applyWindow());
        recent.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(windowStart);
            }
        });
    }
}
