package nl.werving.messaging;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
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
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/** Admins write the message templates, in every language candidates get mail in. */
@Path("/app/message-templates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class MessageTemplateResource {

    static final List<String> LANGUAGES = List.of("nl", "en", "fr");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<MessageTemplate> templates);

        static native TemplateInstance form(MessageTemplateForm form, FormErrors errors, MessageTemplate template,
                boolean conflict);
    }

    @Inject
    MessageTemplates templates;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list() {
        return Templates.list(templates.list());
    }

    @GET
    @Path("new")
    public TemplateInstance newTemplate() {
        return Templates.form(new MessageTemplateForm(), FormErrors.none(), null, false);
    }

    @POST
    public Response create(@BeanParam MessageTemplateForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(form, errors, null, false)).build();
        }
        templates.create(form);
        flash.success(messages().templateSaved());
        return backToList();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        MessageTemplate template = templates.get(id);
        return Templates.form(MessageTemplateForm.of(template), FormErrors.none(), template, false);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @BeanParam MessageTemplateForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                templates.update(id, form);
                flash.success(messages().templateSaved());
                return backToList();
            } catch (OptimisticLockException e) {
                conflict = true;
                form.version = templates.get(id).version;
            }
        }
        Response.Status status = conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(Templates.form(form, errors, templates.get(id), conflict)).build();
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        templates.delete(id);
        flash.success(messages().templateDeleted());
        return backToList();
    }

    private MessagingMessages messages() {
        return locale.bundle(MessagingMessages.class);
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/app/message-templates")).build();
    }
}
