package nl.werving.identity;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The cookies of a login besides Quarkus' own: the session token, the proof that this browser logged in before (see
 * {@link LoginAttempts}), and after too many failed attempts how long to wait (a number of minutes, nothing about the
 * account), for the login page to say so. A login and a logout also end the form token (CSRF) the browser held, so a
 * token planted or seen before cannot post as the user.
 */
@ApplicationScoped
public class SessionCookies {

    static final String SESSION = "werving-session";
    static final String LOGIN_WAIT = "werving-login-wait";
    static final String KNOWN_BROWSER = "werving-known-browser";
    private static final Duration KNOWN_BROWSER_KEPT = Duration.ofDays(180);

    private final String credentialCookie;
    private final String formTokenCookie;
    private final String formTokenPath;
    private final String loginPath;

    public SessionCookies(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String credentialCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String formTokenCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-path") String formTokenPath,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location") String loginPath) {
        this.credentialCookie = credentialCookie;
        this.formTokenCookie = formTokenCookie;
        this.formTokenPath = formTokenPath;
        this.loginPath = loginPath;
    }

    void give(RoutingContext http, String token) {
        http.response().addCookie(cookie(http.request(), SESSION, token));
        forgetFormToken(http);
    }

    String token(HttpServerRequest request) {
        return value(request, SESSION);
    }

    /** Ends a login in the browser: both cookies go, so a stale one is not sent again. */
    void clear(HttpServerRequest request) {
        request.response().addCookie(cookie(request, SESSION, "").setMaxAge(0));
        request.response().addCookie(cookie(request, credentialCookie, "").setMaxAge(0));
    }

    /**
     * The next page the browser opens hands out a new token. Set when the answer's headers are written: the CSRF filter
     * renews the cookie it checked on every answer, after the resource has run. Not for a login that ended by itself
     * (expired, or logged out elsewhere): that answer may be a page whose form holds the token.
     */
    void forgetFormToken(RoutingContext http) {
        http.addHeadersEndHandler(ignored -> http.response()
                .addCookie(Cookie.cookie(formTokenCookie, "").setPath(formTokenPath).setMaxAge(0)));
    }

    /**
     * After a login: the proof that this browser logged in to the account, kept for months and across logouts, and
     * sent with login attempts only.
     */
    void rememberBrowser(HttpServerRequest request, String proof) {
        request.response().addCookie(cookie(request, KNOWN_BROWSER, proof).setPath(loginPath)
                .setMaxAge(KNOWN_BROWSER_KEPT.toSeconds()));
    }

    String knownBrowser(HttpServerRequest request) {
        return value(request, KNOWN_BROWSER);
    }

    void tellLoginWait(HttpServerRequest request, Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        request.response().addCookie(cookie(request, LOGIN_WAIT, String.valueOf(minutes)).setMaxAge(60));
    }

    /** The minutes to wait that the failed login just before told, read once. */
    Optional<Long> takeLoginWait(HttpServerRequest request) {
        Cookie cookie = request.getCookie(LOGIN_WAIT);
        if (cookie == null) {
            return Optional.empty();
        }
        request.response().addCookie(Cookie.cookie(LOGIN_WAIT, "").setPath("/").setMaxAge(0));
        try {
            return Optional.of(Math.min(Long.parseLong(cookie.getValue()), 60 * 24));
        } catch (NumberFormatException tampered) {
            return Optional.empty();
        }
    }

    private static String value(HttpServerRequest request, String name) {
        return Optional.ofNullable(request.getCookie(name)).map(Cookie::getValue).orElse(null);
    }

    private static Cookie cookie(HttpServerRequest request, String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(request.isSSL());
    }
}
