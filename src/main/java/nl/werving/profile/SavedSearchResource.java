package nl.werving.profile;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
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
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/** The user's saved searches and the team's shared ones: save, rename, share and delete. */
@Path("/app/saved-searches")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class SavedSearchResource {

    /** A search saved from the search page: its name and query string. */
    record SaveForm(@NotBlank(message = "{savedSearch.name.required}") @Size(max = SavedSearch.NAME_MAX, message = "{werving.size.max}") String name,
            @Size(max = SavedSearch.QUERY_MAX, message = "{werving.size.max}") String query) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SavedSearches searches, String name, String query, boolean shared, FormErrors errors,
                Long failedId);
    }

    @Inject
    SavedSearches searches;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list() {
        return Templates.list(searches, "", "", false, FormErrors.none(), null);
    }

    @POST
    public Response save(@RestForm String name, @RestForm String query, @RestForm boolean shared) {
        String asked = query == null ? "" : query.strip().replaceFirst("^\\?", "");
        FormErrors errors = FormErrors.of(validator.validate(new SaveForm(name, asked)));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.list(searches, name, asked, shared, errors, null))
                    .build();
        }
        SavedSearch saved = searches.save(name, asked, shared);
        flash.success(messages().saveDone());
        return Response.seeOther(URI.create(new SavedSearchRow(saved.id, saved.name, saved.query, saved.shared, saved.ownerId, "",
                saved.version).link())).build();
    }

    @POST
    @Path("{id}")
    public Response rename(@RestPath long id, @RestForm String name, @RestForm boolean shared, @RestForm Long version) {
        FormErrors errors = FormErrors.of(validator.validate(new SaveForm(name, "")));
        if (errors.isEmpty()) {
            try {
                searches.rename(id, name, shared, version == null ? -1 : version);
                flash.success(messages().savedRenamed());
                return Response.seeOther(URI.create("/app/saved-searches")).build();
            } catch (OptimisticLockException stale) {
                errors.add("name", messages().conflict());
            }
        }
        return Response.status(errors.has("name") && errors.get("name").equals(messages().conflict()) ? Response.Status.CONFLICT
                : Response.Status.BAD_REQUEST).entity(Templates.list(searches, "", "", false, errors, id)).build();
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        searches.delete(id);
        flash.success(messages().savedDeleted());
        return Response.seeOther(URI.create("/app/saved-searches")).build();
    }

    private TagMessages messages() {
        return locale.bundle(TagMessages.class);
    }
}
