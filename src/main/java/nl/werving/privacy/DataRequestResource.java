package nl.werving.privacy;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.privacy.DataRequests.Overview;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.Formats;
import nl.werving.web.IsoDate;
import nl.werving.web.OneOf;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Requests for a copy or an erasure received by mail: the open ones by deadline, recorded from a candidate's profile. */
@Path("/app/data-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class DataRequestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance requests(Overview overview);
    }

    @Inject
    DataRequests requests;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @Inject
    Validator validator;

    @GET
    public Response page() {
        return PersonalData.uncached(Response.ok(Templates.requests(requests.overview())));
    }

    /** A request as recorded from the profile: its kind, and the day it came in (not in the future: the service checks). */
    record RequestForm(
            @NotBlank(message = "{privacy.request.kind.required}")
            @OneOf(value = RequestKind.class, message = "{privacy.request.kind.required}") String kind,
            @NotBlank(message = "{privacy.request.date.invalid}")
            @IsoDate(message = "{privacy.request.date.invalid}") String receivedOn) {
    }

    @POST
    public Response record(@RestForm long candidateId, @RestForm String kind, @RestForm String receivedOn) {
        PrivacyMessages messages = locale.bundle(PrivacyMessages.class);
        RequestForm form = new RequestForm(kind, receivedOn);
        String error = FormErrors.of(validator.validate(form)).first();
        if (error != null) {
            flash.error(error);
        } else {
            try {
                DataRequest request = requests.record(candidateId, RequestKind.valueOf(form.kind()),
                        LocalDate.parse(form.receivedOn().strip()));
                flash.success(messages.requestRecorded(Formats.date(request.dueOn, locale.get())));
            } catch (RuleViolation future) {
                flash.error(messages.requestDateInvalid());
            }
        }
        return Response.seeOther(URI.create("/app/candidates/" + candidateId + "#rights")).build();
    }
}
