package nl.werving.profile;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;

/** Tags on one candidate, put on and taken off from the profile. */
@Path("/app/candidates/{id}/tags")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateTagResource {

    @Inject
    CandidateTagging tagging;

    @Inject
    CandidateProfiles profiles;

    @Inject
    TagInput input;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @POST
    public Response add(@RestPath long id, @RestForm String tag) {
        FormErrors errors = FormErrors.of(validator.validate(new TagText(tag)));
        if (!errors.isEmpty()) {
            input.keep(tag);
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST)
                    .entity(CandidateResource.Templates.profile(profiles.view(id), "", errors)));
        }
        String name = tagging.add(id, tag);
        flash.success(messages().added(name));
        return backToProfile(id);
    }

    @POST
    @Path("{link}/delete")
    public Response remove(@RestPath long id, @RestPath long link) {
        tagging.remove(id, link);
        flash.success(messages().removed());
        return backToProfile(id);
    }

    private TagMessages messages() {
        return locale.bundle(TagMessages.class);
    }

    private static Response backToProfile(long id) {
        return Response.seeOther(URI.create("/app/candidates/" + id + "#tags")).build();
    }
}
