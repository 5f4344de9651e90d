package nl.werving.web;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;

/**
 * Whether a browser says a request comes from our own pages: {@code Sec-Fetch-Site} (sent by every current
 * browser) must be same-origin or none, and an {@code Origin} must be our base URL or the request's own.
 * Clients that say neither are not browsers and cannot be tricked into a request by another site.
 */
@ApplicationScoped
public class RequestOrigin {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final String baseOrigin;

    public RequestOrigin(WervingConfig config) {
        this.baseOrigin = originOf(config.baseUrl());
    }

    public boolean isOwnSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_SITE.contains(fetchSite)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        return origin == null || origin.equals(baseOrigin) || origin.equals(request.scheme() + "://" + request.authority());
    }

    /** {@code scheme://host[:port]} of the base URL: where redirects and links point. */
    public String baseOrigin() {
        return baseOrigin;
    }

    private static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
