package nl.werving.careers;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.TemplateInstance;
import nl.werving.vacancy.VacancyChanged;
import nl.werving.web.Flash;
import nl.werving.web.RequestLocale;

/**
 * Rendered job lists, kept for a minute: after a vacancy is posted, candidates arrive in crowds and all
 * ask for the same few pages. Any change to a vacancy drops the copies at once on this instance, and within
 * moments on the others ({@link PageChangeNotices}); the minute (quarkus.cache.caffeine."careers-pages") bounds
 * what a lost notice or a vacancy closing by its date can leave.
 */
@ApplicationScoped
public class PublicPages {

    static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final Cache cache;
    private final RequestLocale locale;
    private final Flash flash;

    public PublicPages(@CacheName("careers-pages") Cache cache, RequestLocale locale, Flash flash) {
        this.cache = cache;
        this.locale = locale;
        this.flash = flash;
    }

    /**
     * The page named {@code page} in this request's language. The name holds everything the page shows that varies
     * (a list's filters), never the request's address: a query parameter the page does not know makes no new copy. Lists
     * are the same for everyone in a language, unless a flash message is waiting for this visitor.
     */
    public Response render(String page, Supplier<TemplateInstance> template) {
        Supplier<String> render = () -> template.get().setLocale(locale.get()).render();
        Object html = flash.hasMessage() ? render.get() : get(locale.getLanguage() + " " + page, render);
        return Response.ok(html, HTML_UTF8).build();
    }

    /** The page for this key (language and address) as UTF-8, rendered once and then served from memory. */
    public byte[] get(String key, Supplier<String> render) {
        return cache.get(key, ignored -> render.get().getBytes(StandardCharsets.UTF_8)).await().indefinitely();
    }

    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) VacancyChanged changed) {
        cache.invalidateAll().await().indefinitely();
    }
}
