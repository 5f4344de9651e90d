package nl.werving.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.common.util.MediaTypeHelper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests no browser sends, answered before they reach what would fail on them with a 500 or not at all:
 * <ul>
 * <li>an {@code Accept} header that cannot be read is taken as accepting anything (the page templates choose their
 * variant by it, and would fail on it again while rendering the error page);</li>
 * <li>a login that is not a form is refused as such (415), as every other form is;</li>
 * <li>a form token cookie that is no token is left out, so the page sets a new one;</li>
 * <li>a semicolon in an address is read as the character it stands for ({@code %3B}): the login remembers the address
 * it interrupts in a cookie, which cannot hold a semicolon, and the request would go unanswered.</li>
 * </ul>
 */
@ApplicationScoped
public class MalformedRequests {

    private final String loginPost;
    private final String csrfCookie;
    private final Pattern csrfToken;

    MalformedRequests(@ConfigProperty(name = "quarkus.http.auth.form.post-location") String loginPost,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String csrfCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.token-size") int tokenBytes) {
        this.loginPost = loginPost;
        this.csrfCookie = csrfCookie;
        // The token is its bytes in URL-safe Base64 without padding.
        this.csrfToken = Pattern.compile("[A-Za-z0-9_-]{" + (tokenBytes * 4 + 2) / 3 + "}");
    }

    void install(@Observes Filters filters) {
        filters.register(this::check, 500);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        if (cookies != null && cookies.contains(csrfCookie + "=")) {
            dropMalformedCsrfToken(request, cookies);
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !readable(accept)) {
            request.headers().set(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        }
        if (request.method() == HttpMethod.POST && loginPost.equals(request.path()) && !isUrlEncodedForm(request)) {
            context.response().setStatusCode(415).end();
            return;
        }
        if (request.uri().indexOf(';') >= 0) {
            context.reroute(request.uri().replace(";", "%3B"));
            return;
        }
        context.next();
    }

    /**
     * A form token cookie that is no token would have every page refused until it expires (12 hours); without it the page
     * answers and sets a new one. A form posted with it is still refused, for want of a token.
     */
    private void dropMalformedCsrfToken(HttpServerRequest request, String cookies) {
        List<String> kept = new ArrayList<>();
        for (String cookie : cookies.split(";")) {
            String[] pair = cookie.strip().split("=", 2);
            if (!(pair[0].equals(csrfCookie) && (pair.length < 2 || !csrfToken.matcher(pair[1]).matches()))) {
                kept.add(cookie.strip());
            }
        }
        if (kept.isEmpty()) {
            request.headers().remove(HttpHeaders.COOKIE);
        } else {
            request.headers().set(HttpHeaders.COOKIE, String.join("; ", kept));
        }
    }

    private static boolean readable(String accept) {
        try {
            List<MediaType> types = MediaTypeHelper.parseHeader(accept);
            types.forEach(MediaTypeHelper::getQWithParamInfo);
            return true;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static boolean isUrlEncodedForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED);
    }
}
