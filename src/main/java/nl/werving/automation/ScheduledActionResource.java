package nl.werving.automation;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.RequestLocale;
import nl.werving.web.ReturnPath;
import nl.werving.web.RuleViolation;

/** A recruiter calls off one planned action, from the candidate's profile. */
@Path("/app/scheduled-actions/{actionId}")
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class ScheduledActionResource {

    @Inject
    StageAutomations automations;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @POST
    @Path("cancel")
    public Response cancel(@RestPath long actionId, @RestForm String returnTo) {
        AutomationMessages msg = locale.bundle(AutomationMessages.class);
        try {
            automations.cancel(actionId);
            flash.success(msg.cancelled());
        } catch (RuleViolation notPending) {
            flash.error(msg.notPending());
        }
        return Response.seeOther(URI.create(ReturnPath.inBackOffice(returnTo, "/app"))).build();
    }
}
