package nl.werving.web;

import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Every state-changing request outside the JSON API must be a form of our own pages. The CSRF token
 * (quarkus-rest-csrf) is only checked on form bodies, so any other body is refused here (415); and a
 * request the browser says comes from another site is refused whatever it sends (400, as a wrong token).
 * The API under {@code /api} authenticates every request with Basic and needs no token.
 */
public class CrossSiteFilters {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);

    @Inject
    RequestOrigin origin;

    @ServerRequestFilter(preMatching = true)
    public void refuseForeignRequests(ContainerRequestContext context, HttpServerRequest request) {
        String path = request.path();
        if (SAFE_METHODS.contains(context.getMethod()) || path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        if (!isForm(context.getMediaType())) {
            throw new WebApplicationException(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!origin.isOwnSite(request)) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST);
        }
    }

    /** Exactly a form type: a wildcard such as {@code application/*} would pass as compatible and skip the token. */
    private static boolean isForm(MediaType type) {
        return type != null && FORM_TYPES.contains(type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT));
    }
}
