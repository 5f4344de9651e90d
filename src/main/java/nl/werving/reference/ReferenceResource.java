package nl.werving.reference;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.reference.ReferenceChecks.Findings;
import nl.werving.web.Flash;
import nl.werving.web.FormFields;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** The reference checks of one application: ask the candidate, send questionnaires, read the findings side by side. */
@Path("/app/references/{applicationId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class ReferenceResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance findings(Findings findings);
    }

    /** What the candidate said when the findings were discussed; may stay empty. */
    record Discussion(@Size(max = ReferenceCheck.RESPONSE_MAX) String response) {
    }

    @Inject
    ReferenceChecks checks;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response findings(@RestPath long applicationId) {
        return PersonalData.uncached(Response.ok(Templates.findings(checks.findings(applicationId))));
    }

    @POST
    @Path("start")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response start(@RestPath long applicationId) {
        try {
            checks.start(applicationId);
            flash.success(messages().started());
        } catch (RuleViolation e) {
            flash.error("ended".equals(e.code()) ? messages().ended() : messages().checkOpen());
        }
        return back(applicationId);
    }

    @POST
    @Path("referees/{refereeId}/invite")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response invite(@RestPath long applicationId, @RestPath long refereeId, @RestForm long checkId) {
        try {
            checks.invite(checkId, refereeId);
            // No name: the flash message travels in a cookie.
            flash.success(messages().invited());
        } catch (RuleViolation e) {
            flash.error("no-consent".equals(e.code()) ? messages().noConsent() : messages().alreadyInvited());
        }
        return back(applicationId);
    }

    @POST
    @Path("discussion")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response discussion(@RestPath long applicationId, @RestForm long checkId, @RestForm Long version,
            @RestForm String response) {
        response = FormFields.lines(response);
        if (!validator.validate(new Discussion(response)).isEmpty()) {
            flash.error(messages().responseTooLong(ReferenceCheck.RESPONSE_MAX));
            return back(applicationId);
        }
        try {
            checks.recordDiscussion(checkId, version, response);
            flash.success(messages().discussionSaved());
        } catch (OptimisticLockException e) {
            flash.error(messages().conflict());
        } catch (RuleViolation e) {
            flash.error(messages().noFindings());
        }
        return back(applicationId);
    }

    private ReferenceMessages messages() {
        return locale.bundle(ReferenceMessages.class);
    }

    private static Response back(long applicationId) {
        return Response.seeOther(URI.create("/app/references/" + applicationId)).build();
    }
}
