package nl.werving.careers;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import nl.werving.web.RequestLocale;

/**
 * The apply upload at the HTTP level. An application bigger than the server accepts is refused before
 * it is read (the limit protects the server): CVs up to that limit get the form message beside the CV
 * field, above it the candidate still gets a page that says what to do, never a bare 413. Below the
 * limit the multipart body is decoded by Vert.x (Netty's decoder, several times faster on a 200 KB CV
 * than the REST layer's own parser); the REST layer then reads the parsed form. Every value the form
 * allows fits the decoder's limits ({@code quarkus.http.limits.max-form-attribute-size}); a field far
 * beyond them makes the decoder give up, and the candidate gets a page about that instead of the
 * server's bare error.
 */
@ApplicationScoped
public class UploadLimit {

    static final String APPLY_PATH = "/jobs/[^/]+/apply";

    private static final Logger LOG = Logger.getLogger(UploadLimit.class);
    /** Set once the body is read: later failures belong to the application, not to the upload. */
    private static final String BODY_READ = UploadLimit.class.getName() + ".bodyRead";
    /** Set once the refusal is under way: the echoes of the same failure that follow it change nothing. */
    private static final String REFUSING = UploadLimit.class.getName() + ".refusing";
    /** How long the rest of a refused body may take to arrive before the connection is cut off. */
    private static final long DRAIN_MILLIS = 30_000;

    @CheckedTemplate
    static class Templates {
        /** The apply form was refused unread: the whole upload too large, or one field far too long. */
        static native TemplateInstance refused(String jobPath, String lang, boolean tooLarge);
    }

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploads) {
        router.postWithRegex(APPLY_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseIfTooLarge(context, limit.asLongValue()));
        router.postWithRegex(APPLY_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(BodyHandler.create(uploads).setBodyLimit(limit.asLongValue()).setDeleteUploadedFilesOnEnd(true)
                        .setMergeFormAttributes(true))
                .failureHandler(context -> explainUnreadableForm(context, limit.asLongValue()));
        router.postWithRegex(APPLY_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 2)
                .handler(UploadLimit::refuseIfNothingDecoded);
    }

    /**
     * A multipart body without a single part (no boundary in it) decodes to nothing, and the REST layer, finding no parsed
     * form, would wait for a body that was already read until the read timeout: a worker held for a minute per request.
     */
    private static void refuseIfNothingDecoded(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && context.request().formAttributes().isEmpty() && context.fileUploads().isEmpty()) {
            context.response().end(startUnreadableAnswer(context));
            return;
        }
        context.put(BODY_READ, true).next();
    }

    private static void refuseIfTooLarge(RoutingContext context, long limit) {
        if (contentLength(context).orElse(0L) <= limit) {
            context.next();
            return;
        }
        refuseTooLarge(context);
    }

    /** Stops reading: the rest of the body is not wanted, however much more the client meant to send. */
    private static void refuseTooLarge(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        Locale locale = locale(context);
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Templates.refused(jobPath(context), locale.getLanguage(), true).setLocale(locale).render())
                .onComplete(done -> context.request().connection().close());
    }

    /**
     * The body could not be read. 413 when a body without a Content-Length outgrew the limit; 400 when the decoder refused
     * the form (a field far beyond any the form allows, too many fields, a broken multipart body). Vert.x's body handler
     * then cancels the CV upload, and when that upload is just being closed the cancel itself fails: the failure that
     * arrives is the aborted upload's instead of the 400. Either way the candidate gets the page, and the echoes of the
     * same refusal that follow it are dropped. The rest of the body is read and dropped before the page is sent, whether
     * its length was announced (then it is within the limit checked above) or it comes in chunks: answered halfway, the
     * client would still be writing into a connection that is being closed, and see a broken pipe instead of the page. A
     * chunked body that goes on past the limit gets the 413 page and is cut off; so is one still coming after 30 seconds.
     */
    private static void explainUnreadableForm(RoutingContext context, long limit) {
        if (context.get(BODY_READ) != null) {
            context.next();
        } else if (context.get(REFUSING) != null || context.response().headWritten() || context.response().closed()) {
            LOG.debugf("Apply form already answered; dropping the follow-up failure %s", context.failure());
        } else if (context.statusCode() == 413) {
            context.put(REFUSING, true);
            refuseTooLarge(context);
        } else {
            context.put(REFUSING, true);
            if (context.statusCode() != 400) {
                LOG.warnf(context.failure(), "Apply form could not be read (status %d)", context.statusCode());
            }
            String page = startUnreadableAnswer(context);
            HttpServerRequest request = context.request();
            if (request.isEnded()) {
                context.response().end(page);
                return;
            }
            // A body that goes on past the limit, or takes longer than a browser would, is cut off.
            long deadline = context.vertx().setTimer(DRAIN_MILLIS, expired -> cutOff(context, page));
            request.handler(chunk -> {
                if (request.bytesRead() > limit) {
                    context.vertx().cancelTimer(deadline);
                    refuseTooLarge(context);
                }
            }).exceptionHandler(ignored -> {
            }).endHandler(ended -> {
                context.vertx().cancelTimer(deadline);
                if (!context.response().ended()) {
                    context.response().end(page);
                }
            });
            request.resume();
        }
    }

    /** The 400 for a form that could not be read: status and type set, the candidate's page to send returned. */
    private static String startUnreadableAnswer(RoutingContext context) {
        Locale locale = locale(context);
        context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8");
        return Templates.refused(jobPath(context), locale.getLanguage(), false).setLocale(locale).render();
    }

    private static void cutOff(RoutingContext context, String page) {
        if (!context.response().ended()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close").end(page)
                    .onComplete(done -> context.request().connection().close());
        }
    }

    private static Locale locale(RoutingContext context) {
        return RequestLocale.resolve(Optional.ofNullable(context.request().getCookie(RequestLocale.COOKIE)).map(Cookie::getValue).orElse(null),
                context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String jobPath(RoutingContext context) {
        return context.request().path().replaceFirst("/apply$", "");
    }

    private static Optional<Long> contentLength(RoutingContext context) {
        try {
            return Optional.ofNullable(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)).map(Long::parseLong);
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }
}
