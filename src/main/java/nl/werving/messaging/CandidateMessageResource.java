package nl.werving.messaging;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** "Send a message" on the candidate profile: pick a template or write one, see it as the candidate will, send it. */
@Path("/app/candidates/{id}/message")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateMessageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compose(ComposePage page);
    }

    @Inject
    Messaging messaging;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance compose(@RestPath long id, @RestQuery Long applicationId) {
        ComposeForm form = new ComposeForm();
        form.applicationId = applicationId;
        List<MessageTemplate> templates = messaging.templates();
        form.templateId = templates.isEmpty() ? null : templates.get(0).id;
        return Templates.compose(page(id, form, FormErrors.none()));
    }

    @POST
    public Response send(@RestPath long id, @BeanParam ComposeForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        ComposePage page = page(id, form, errors);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.compose(page)).build();
        }
        if (!form.isSend()) {
            return Response.ok(Templates.compose(page)).build();
        }
        if (!page.canSend()) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.compose(page)).build();
        }
        try {
            messaging.sendToCandidate(id, page.chosen().applicationId(), messaging.content(form), form.forcedLanguage());
        } catch (RuleViolation e) {
            // Withdrawn between the page and the click: the page says so.
            return Response.status(Response.Status.CONFLICT).entity(Templates.compose(page(id, form, errors))).build();
        }
        flash.success(messages().sentOne());
        return Response.seeOther(URI.create("/app/candidates/" + id)).build();
    }

    private ComposePage page(long candidateId, ComposeForm form, FormErrors errors) {
        List<Recipient> applications = messaging.applicationsOf(candidateId);
        Recipient chosen = messaging.chosen(applications, form.applicationId);
        String refusal = chosen.isUnreachable() ? messages().withdrawn(chosen.fullName()) : null;
        Messaging.Preview preview = errors.isEmpty() && refusal == null && hasContent(form)
                ? messaging.preview(List.of(chosen), 0, messaging.content(form), form.forcedLanguage())
                : null;
        return new ComposePage("/app/candidates/" + candidateId + "/message", "/app/candidates/" + candidateId,
                messages().composeTitleOne(chosen.fullName()), applications, chosen, List.of(), refusal == null ? 1 : 0, 0,
                refusal, messaging.templates(), form, errors, preview);
    }

    static boolean hasContent(ComposeForm form) {
        return form.templateId != null || (form.subject != null && !form.subject.isBlank() && form.body != null && !form.body.isBlank());
    }

    private MessagingMessages messages() {
        return locale.bundle(MessagingMessages.class);
    }
}
