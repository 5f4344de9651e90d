package nl.werving.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Redirects point at {@code werving.base-url}, never at the host a request claims: Quarkus builds the
 * Location of a redirect (after login, after a form) from the request's Host, which a client or a
 * misconfigured proxy can set to anything.
 */
@ApplicationScoped
public class BaseUrlRedirects {

    void install(@Observes Filters filters, RequestOrigin origin) {
        String base = origin.baseOrigin();
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> rewrite(context, base));
            context.next();
        }, 400);
    }

    private static void rewrite(RoutingContext context, String base) {
        HttpServerResponse response = context.response();
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        String own = context.request().scheme() + "://" + context.request().authority();
        if (location.startsWith("/") && !location.startsWith("//")) {
            response.headers().set(HttpHeaders.LOCATION, base + location);
        } else if (location.startsWith(own + "/") || location.equals(own)) {
            response.headers().set(HttpHeaders.LOCATION, base + location.substring(own.length()));
        }
    }
}
