package nl.werving.identity;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The cookies of a login besides Quarkus' own: the session token, and after too many failed attempts
 * how long to wait (a number of minutes, nothing about the account), for the login page to say so.
 */
@ApplicationScoped
public class SessionCookies {

    static final String SESSION = "werving-session";
    static final String LOGIN_WAIT = "werving-login-wait";

    private final String credentialCookie;

    public SessionCookies(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String credentialCookie) {
        this.credentialCookie = credentialCookie;
    }

    void give(HttpServerRequest request, String token) {
        request.response().addCookie(cookie(request, SESSION, token));
    }

    String token(HttpServerRequest request) {
        return Optional.ofNullable(request.getCookie(SESSION)).map(Cookie::getValue).orElse(null);
    }

    /** Ends a login in the browser: both cookies go, so a stale one is not sent again. */
    void clear(HttpServerRequest request) {
        request.response().addCookie(cookie(request, SESSION, "").setMaxAge(0));
        request.response().addCookie(cookie(request, credentialCookie, "").setMaxAge(0));
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

    private static Cookie cookie(HttpServerRequest request, String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(request.isSSL());
    }
}
