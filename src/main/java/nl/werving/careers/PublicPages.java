package nl.werving.careers;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import nl.werving.vacancy.VacancyChanged;

/**
 * Rendered job lists, kept for a minute: after a vacancy is posted, candidates arrive in crowds and all
 * ask for the same few pages. Any change to a vacancy drops the copies at once on this instance; other
 * instances see it when their copies expire (quarkus.cache.caffeine."careers-pages" settings).
 */
@ApplicationScoped
public class PublicPages {

    private final Cache cache;

    public PublicPages(@CacheName("careers-pages") Cache cache) {
        this.cache = cache;
    }

    /** The page for this key (language and address) as UTF-8, rendered once and then served from memory. */
    public byte[] get(String key, Supplier<String> render) {
        return cache.get(key, ignored -> render.get().getBytes(StandardCharsets.UTF_8)).await().indefinitely();
    }

    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) VacancyChanged changed) {
        cache.invalidateAll().await().indefinitely();
    }
}
