package nl.werving.profile;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
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
import nl.werving.candidate.CandidateTag;
import nl.werving.candidate.CandidateTags;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagColour;
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Admins keep the team's list of tags; recruiters add free tags on the profile besides. */
@Path("/app/tags")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class TagResource {

    /** A tag on the list with how many candidates carry it. */
    public record TagRow(Tag tag, long uses) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TagRow> rows);

        static native TemplateInstance form(TagForm form, FormErrors errors, Tag tag, long uses, boolean conflict);
    }

    @Inject
    CandidateTags tags;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(Tag.listByName().stream().map(tag -> new TagRow((Tag) tag, CandidateTag.countWithTag(tag.id)))
                .toList());
    }

    @GET
    @Path("new")
    public TemplateInstance newTag() {
        TagForm form = new TagForm();
        form.colour = TagColour.GREY.name();
        return Templates.form(form, FormErrors.none(), null, 0, false);
    }

    @POST
    public Response create(@BeanParam TagForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                tags.create(form.name, FormFields.choice(TagColour.class, form.colour));
                flash.success(messages().saved());
                return backToList();
            } catch (RuleViolation duplicate) {
                errors.add("name", messages().duplicateName());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(form, errors, null, 0, false)).build();
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance edit(@RestPath long id) {
        Tag tag = tags.get(id);
        return Templates.form(TagForm.of(tag), FormErrors.none(), tag, CandidateTag.countWithTag(id), false);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @BeanParam TagForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                tags.update(id, form.name, FormFields.choice(TagColour.class, form.colour), form.version == null ? -1 : form.version);
                flash.success(messages().saved());
                return backToList();
            } catch (OptimisticLockException stale) {
                conflict = true;
                form.version = tags.get(id).version;
            } catch (RuleViolation duplicate) {
                errors.add("name", messages().duplicateName());
            }
        }
        Tag tag = tags.get(id);
        return Response.status(conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST)
                .entity(Templates.form(form, errors, tag, CandidateTag.countWithTag(id), conflict)).build();
    }

    /** Deletes the tag, and takes it off every candidate carrying it (the form says how many). */
    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        tags.delete(id);
        flash.success(messages().deleted());
        return backToList();
    }

    private TagMessages messages() {
        return locale.bundle(TagMessages.class);
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/app/tags")).build();
    }
}
