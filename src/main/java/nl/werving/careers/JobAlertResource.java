package nl.werving.careers;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/**
 * Job alerts on the careers site: the form (reached from the job list with its filter), the confirmation link from the
 * first mail, and the unsubscribe link in every mail. Not cached: the form carries the visitor's CSRF token.
 */
@Path("/jobs/alerts")
@Produces(MediaType.TEXT_HTML)
public class JobAlertResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(JobAlertForm form, FormErrors errors, int expiryDays);

        static native TemplateInstance confirm(String token, String email);

        static native TemplateInstance unsubscribe(String token, String email);

        static native TemplateInstance notice(String heading, String text, boolean ok);
    }

    @Inject
    JobAlerts alerts;

    @Inject
    ApplyRateLimiter rateLimiter;

    @Inject
    Validator validator;

    @Inject
    RequestLocale locale;

    @Inject
    CareersConfig config;

    @GET
    public TemplateInstance form(@BeanParam JobFilter filter) {
        return Templates.form(JobAlertForm.of(filter.normalised(), locale.getLanguage()), FormErrors.none(), expiryDays());
    }

    @POST
    public Response subscribe(@BeanParam JobAlertForm form, HttpServerRequest request) {
        CareersMessages msg = messages();
        if (!rateLimiter.tryAcquire(request, "job-alert")) {
            return Response.status(429).header("Retry-After", rateLimiter.retryAfterSeconds()).entity(Templates.notice(
                    msg.alertTooManyTitle(), msg.alertTooManyText(Math.max(1, rateLimiter.retryAfterSeconds() / 60)), false)).build();
        }
        if (form.isBot()) {
            return sent();
        }
        form.strip();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            if (errors.has("language")) {
                form.language = locale.getLanguage();
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(form, errors, expiryDays())).build();
        }
        alerts.subscribe(form);
        return sent();
    }

    @GET
    @Path("sent")
    public TemplateInstance sentPage() {
        CareersMessages msg = messages();
        return Templates.notice(msg.alertSentTitle(), msg.alertSentText(expiryDays()), true);
    }

    /** The link from the mail shows a button: a mail scanner that opens links must not give consent for anyone. */
    @GET
    @Path("confirm/{token}")
    public Response confirmPage(@RestPath String token) {
        return alerts.pending(token).map(alert -> Response.ok(Templates.confirm(token, alert.email)).build())
                .orElseGet(this::invalid);
    }

    @POST
    @Path("confirm/{token}")
    public Response confirm(@RestPath String token) {
        if (alerts.confirm(token).isEmpty()) {
            return invalid();
        }
        return Response.seeOther(URI.create("/jobs/alerts/confirmed")).build();
    }

    @GET
    @Path("confirmed")
    public TemplateInstance confirmed() {
        CareersMessages msg = messages();
        return Templates.notice(msg.alertConfirmedTitle(), msg.alertConfirmedText(), true);
    }

    /** No login, one button: a mail scanner that opens the link must not end anyone's alerts. */
    @GET
    @Path("unsubscribe/{token}")
    public Response unsubscribePage(@RestPath String token) {
        return alerts.subscribed(token).map(alert -> Response.ok(Templates.unsubscribe(token, alert.email)).build())
                .orElseGet(this::invalid);
    }

    @POST
    @Path("unsubscribe/{token}")
    public Response unsubscribe(@RestPath String token) {
        if (!alerts.unsubscribe(token)) {
            return invalid();
        }
        CareersMessages msg = messages();
        return Response.ok(Templates.notice(msg.alertUnsubscribedTitle(), msg.alertUnsubscribedText(), true)).build();
    }

    private Response invalid() {
        CareersMessages msg = messages();
        return Response.status(Response.Status.NOT_FOUND).entity(Templates.notice(msg.alertInvalidTitle(), msg.alertInvalidText(), false))
                .build();
    }

    private static Response sent() {
        return Response.seeOther(URI.create("/jobs/alerts/sent")).build();
    }

    private int expiryDays() {
        return (int) config.alertConfirmWindow().toDays();
    }

    private CareersMessages messages() {
        return locale.bundle(CareersMessages.class);
    }
}
