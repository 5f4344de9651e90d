package nl.werving.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The site's framing and content policy on every answer, unless the answer brings its own: a CV shown in a frame
 * beside the profile allows our own pages to frame it. Quarkus' configured headers ({@code quarkus.http.header})
 * would be sent beside such a policy, and a browser obeys the stricter of two, so these two are set here, at the
 * last moment, only where the answer has none.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** No inline styles or scripts; the one hash allows the empty style attribute SortableJS writes after a drag. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-hashes' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    static final String FRAME_OPTIONS = "DENY";

    void install(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> setDefaults(context));
            context.next();
        }, 400);
    }

    private static void setDefaults(RoutingContext context) {
        MultiMap headers = context.response().headers();
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (!headers.contains("X-Frame-Options")) {
            headers.set("X-Frame-Options", FRAME_OPTIONS);
        }
    }
}
