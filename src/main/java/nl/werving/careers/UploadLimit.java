package nl.werving.careers;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import nl.werving.web.RequestLocale;

/**
 * The apply upload at the HTTP level. An application bigger than the server accepts is refused before
 * it is read (the limit protects the server): CVs up to that limit get the form message beside the CV
 * field, above it the candidate still gets a page that says what to do, never a bare 413. Below the
 * limit the multipart body is decoded by Vert.x (Netty's decoder, several times faster on a 200 KB CV
 * than the REST layer's own parser); the REST layer then reads the parsed form.
 */
@ApplicationScoped
public class UploadLimit {

    static final String APPLY_PATH = "/jobs/[^/]+/apply";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tooLarge(String jobPath);
    }

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploads) {
        router.postWithRegex(APPLY_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseIfTooLarge(context, limit.asLongValue()));
        router.postWithRegex(APPLY_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create(uploads).setBodyLimit(limit.asLongValue()).setDeleteUploadedFilesOnEnd(true)
                        .setMergeFormAttributes(true));
    }

    private static void refuseIfTooLarge(RoutingContext context, long limit) {
        if (contentLength(context).orElse(0L) <= limit) {
            context.next();
            return;
        }
        Locale locale = RequestLocale.resolve(Optional.ofNullable(context.request().getCookie(RequestLocale.COOKIE)).map(Cookie::getValue).orElse(null),
                context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String jobPath = context.request().path().replaceFirst("/apply$", "");
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Templates.tooLarge(jobPath).setLocale(locale).render())
                .onComplete(done -> context.request().connection().close());
    }

    private static Optional<Long> contentLength(RoutingContext context) {
        try {
            return Optional.ofNullable(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)).map(Long::parseLong);
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }
}
