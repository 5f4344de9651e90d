package nl.werving.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of the current request: the user's choice (a cookie set by the language switch),
 * else the browser's preference among the supported languages, else Dutch.
 */
@Named("requestLocale")
@RequestScoped
public class RequestLocale {

    public static final String COOKIE = "werving-lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("en"), Locale.forLanguageTag("fr"));

    private final HttpServerRequest request;
    private Locale locale;

    @Inject
    public RequestLocale(HttpServerRequest request) {
        this.request = request;
    }

    public Locale get() {
        if (locale == null) {
            locale = resolve(
                    Optional.ofNullable(request.getCookie(COOKIE)).map(Cookie::getValue).orElse(null),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return locale;
    }

    /**
     * A page about one person speaks their language (e.g. the one a candidate applied in) unless the visitor chose one
     * with the language switch; the browser's preference does not override it.
     */
    public void preferUnlessChosen(String languageTag) {
        Optional<Locale> preferred = supported(languageTag == null ? null : Locale.forLanguageTag(languageTag).getLanguage());
        if (preferred.isPresent() && supported(Optional.ofNullable(request.getCookie(COOKIE)).map(Cookie::getValue).orElse(null)).isEmpty()) {
            locale = preferred.get();
        }
    }

    /** For {@code <html lang>}. */
    public String getLanguage() {
        return get().getLanguage();
    }

    /** Language codes for the language switch. */
    public List<String> getChoices() {
        return SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    /** The current page (path and query), for forms that return to it. */
    public String getCurrentPath() {
        return request.uri();
    }

    /** The current page, URL-encoded, for the language switch to return to. */
    public String getReturnPath() {
        return URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    /** A message bundle in the language of this request. */
    public <T> T bundle(Class<T> bundle) {
        return bundle(bundle, get());
    }

    /** A message bundle in a given language, for work that outlives the request (a CSV file, a mail). */
    public static <T> T bundle(Class<T> bundle, Locale locale) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.toLanguageTag()));
    }

    public static Locale resolve(String chosen, String acceptLanguage) {
        Optional<Locale> choice = supported(chosen);
        if (choice.isPresent()) {
            return choice.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // a malformed Accept-Language header is no reason to fail the request
            }
        }
        return SUPPORTED.get(0);
    }

    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }
}
