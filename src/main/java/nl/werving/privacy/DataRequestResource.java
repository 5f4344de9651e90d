package nl.werving.privacy;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import nl.werving.web.FormFields;
import nl.werving.web.Formats;
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

    @GET
    public Response page() {
        return PersonalData.uncached(Response.ok(Templates.requests(requests.overview())));
    }

    @POST
    public Response record(@RestForm long candidateId, @RestForm String kind, @RestForm String receivedOn) {
        PrivacyMessages messages = locale.bundle(PrivacyMessages.class);
        RequestKind chosen = FormFields.choice(RequestKind.class, kind);
        LocalDate received = date(receivedOn);
        if (chosen == null) {
            flash.error(messages.requestKindRequired());
        } else if (received == null) {
            flash.error(messages.requestDateInvalid());
        } else {
            try {
                DataRequest request = requests.record(candidateId, chosen, received);
                flash.success(messages.requestRecorded(Formats.date(request.dueOn, locale.get())));
            } catch (RuleViolation future) {
                flash.error(messages.requestDateInvalid());
            }
        }
        return Response.seeOther(URI.create("/app/candidates/" + candidateId + "#rights")).build();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
