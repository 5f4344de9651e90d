package nl.werving.messaging;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/**
 * A message to the ticked cards of a board: the board's bulk form posts the ticked applications here, the page names
 * the count and shows the message as each recipient will read it, and sending queues one mail per recipient.
 */
@Path("/app/vacancies/{id}/board/message")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class BoardMessageResource {

    @Inject
    Messaging messaging;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @POST
    public Response compose(@RestPath long id, @BeanParam ComposeForm form) {
        MessagingMessages msg = locale.bundle(MessagingMessages.class);
        String board = "/app/vacancies/" + id + "/board";
        Messaging.Audience audience = messaging.ofBoard(id, form.ids);
        if (form.ids == null || form.ids.isEmpty()) {
            flash.error(msg.nothingSelected());
            return Response.seeOther(URI.create(board)).build();
        }
        boolean first = !form.composing;
        if (first && form.templateId == null) {
            List<MessageTemplate> templates = messaging.templates();
            form.templateId = templates.isEmpty() ? null : templates.get(0).id;
        }
        FormErrors errors = first ? FormErrors.none() : FormErrors.of(validator.validate(form));
        String refusal = audience.count() == 0 ? msg.nobody() : null;
        Messaging.Preview preview = errors.isEmpty() && refusal == null && CandidateMessageResource.hasContent(form)
                ? messaging.preview(audience.recipients(), form.at, messaging.content(form), form.forcedLanguage())
                : null;
        ComposePage page = new ComposePage(board + "/message", board, msg.composeTitleMany(audience.count()), null, null,
                form.ids, audience.count(), audience.skipped(),
                refusal, messaging.templates(), form, errors, preview);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(CandidateMessageResource.Templates.compose(page)).build();
        }
        if (!form.isSend()) {
            return Response.ok(CandidateMessageResource.Templates.compose(page)).build();
        }
        if (!page.canSend()) {
            return Response.status(Response.Status.CONFLICT).entity(CandidateMessageResource.Templates.compose(page)).build();
        }
        Messaging.Sent sent = messaging.sendToBoard(id, form.ids, messaging.content(form), form.forcedLanguage());
        flash.success(msg.sentMany(sent.sent()) + (sent.skipped() > 0 ? " " + msg.skipped(sent.skipped()) : ""));
        return Response.seeOther(URI.create(board)).build();
    }
}
