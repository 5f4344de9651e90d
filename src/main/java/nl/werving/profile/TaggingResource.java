package nl.werving.profile;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.ReturnPath;

/**
 * A tag put on or taken off many candidates at once: the ticked search results or board cards come here, the page
 * names how many, and the tag goes on (or off) when confirmed.
 */
@Path("/app/tagging")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class TaggingResource {

    static final String ADD = "add";
    static final String REMOVE = "remove";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(List<Long> candidateIds, String tag, boolean removing, String back, FormErrors errors);
    }

    @Inject
    CandidateTagging tagging;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    /** The ticked candidates ({@code candidateIds}) or cards ({@code ids}, the board's application ids). */
    @POST
    public Response choose(@RestForm List<Long> candidateIds, @RestForm List<Long> ids, @RestForm String back) {
        List<Long> picked = tagging.selection(candidateIds, ids);
        if (picked.isEmpty()) {
            flash.error(messages().bulkNone());
            return Response.seeOther(URI.create(safe(back))).build();
        }
        return PersonalData.uncached(Response.ok(Templates.confirm(picked, "", false, safe(back), FormErrors.none())));
    }

    @POST
    @Path("apply")
    public Response apply(@RestForm List<Long> candidateIds, @RestForm String tag, @RestForm String action,
            @RestForm String back) {
        FormErrors errors = FormErrors.of(validator.validate(new TagText(tag)));
        String chosen = REMOVE.equals(action) ? REMOVE : ADD;
        if (!errors.isEmpty() || candidateIds.isEmpty()) {
            if (candidateIds.isEmpty()) {
                errors.add("tag", messages().bulkNone());
            }
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.confirm(tagging.selection(candidateIds, List.of()), tag, REMOVE.equals(chosen), safe(back), errors)));
        }
        String name = tag.strip();
        if (ADD.equals(chosen)) {
            flash.success(messages().bulkAdded(name, tagging.addToAll(candidateIds, tag)));
        } else {
            flash.success(messages().bulkRemoved(name, tagging.removeFromAll(candidateIds, tag)));
        }
        return Response.seeOther(URI.create(safe(back))).build();
    }

    /** Back to the list the candidates were ticked on: a page of the back office, nowhere else. */
    static String safe(String back) {
        return ReturnPath.inBackOffice(back, "/app/candidates");
    }

    private TagMessages messages() {
        return locale.bundle(TagMessages.class);
    }
}
