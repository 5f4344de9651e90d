package nl.werving.web;

import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.handlers.FormBodyHandler;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The one place where exceptions become HTTP answers: an error page for people, JSON for the API.
 * Neither says more than the status and a reference, so nothing internal leaks.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final String FORM_READER = FormBodyHandler.class.getName();

    /** Body of an API error. */
    public record ApiError(int status, String code, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String reference, boolean backOffice);
    }

    @ServerExceptionMapper
    public Response notFound(jakarta.ws.rs.NotFoundException e, UriInfo uri) {
        return answer(uri, 404, "not-found", "Not found", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, "forbidden", "You have no access to this resource", null);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentEdit(RuntimeException e, UriInfo uri) {
        return answer(uri, 409, "concurrent-edit", "Someone else changed this in the meantime; reload and try again", null);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return answer(uri, 409, e.code(), e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        return answer(uri, status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (whileReadingTheForm(e)) {
            return answer(uri, 400, "unreadable-form", "The form could not be read", null);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return answer(uri, 500, "internal-error", "Something went wrong; reference " + reference, reference);
    }

    /**
     * The REST layer's form reader gave up on the body it was sent: a broken multipart body, more fields than any of our
     * forms has. That is the sender's mistake, whatever exception the reader chose to say it with.
     */
    private static boolean whileReadingTheForm(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                if (frame.getClassName().equals(FORM_READER)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response answer(UriInfo uri, int status, String code, String message, String reference) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(status, code, message)).build();
        }
        boolean backOffice = uri.getPath().startsWith("/app");
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, reference, backOffice)).build();
    }
}
