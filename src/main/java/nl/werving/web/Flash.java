package nl.werving.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A message that survives one redirect: an action sets it before answering 303, the page after the
 * redirect shows it once ("Vacature gepubliceerd"). Kept in a short-lived cookie, so it works on
 * any instance. Never put personal data in a flash message.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "werving-flash";

    public enum Kind {
        SUCCESS, ERROR
    }

    public record Message(Kind kind, String text) {
        public boolean isError() {
            return kind == Kind.ERROR;
        }
    }

    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private Message incoming;
    private boolean read;

    @Inject
    public Flash(HttpServerRequest request) {
        this.request = request;
        this.response = request.response();
    }

    public void success(String text) {
        put(new Message(Kind.SUCCESS, text));
    }

    public void error(String text) {
        put(new Message(Kind.ERROR, text));
    }

    /** Whether the previous request left a message, without reading it. */
    public boolean hasMessage() {
        return request.getCookie(COOKIE) != null;
    }

    /** The message left by the previous request, if any; reading it removes it. */
    public Message getMessage() {
        if (!read) {
            read = true;
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null) {
                incoming = decode(cookie.getValue());
                response.addCookie(cookie("").setMaxAge(0));
            }
        }
        return incoming;
    }

    private void put(Message message) {
        String value = message.kind().name() + ":" + message.text();
        response.addCookie(cookie(URLEncoder.encode(value, StandardCharsets.UTF_8)).setMaxAge(60));
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(COOKIE, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(request.isSSL());
    }

    private static Message decode(String value) {
        String decoded = URLDecoder.decode(value, StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new Message(Kind.valueOf(decoded.substring(0, colon)), decoded.substring(colon + 1));
        } catch (IllegalArgumentException tampered) {
            return null;
        }
    }
}
