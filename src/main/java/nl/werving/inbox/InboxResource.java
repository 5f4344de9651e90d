package nl.werving.inbox;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import nl.werving.web.Page;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/**
 * Replies that named no conversation (written to the bare mailbox address, or with a token that no longer exists):
 * an admin attaches each to its candidate or deletes it.
 */
@Path("/app/replies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class InboxResource {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        /** {@code failedId} is the reply whose attach form {@code errors} belong to. */
        static native TemplateInstance list(Page<UnmatchedReply> page, long keepDays, boolean mailboxRead, Long failedId,
                AttachForm form, FormErrors errors);
    }

    @Inject
    Replies replies;

    @Inject
    InboxConfig config;

    @Inject
    InboxReader reader;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@RestQuery @DefaultValue("1") int page) {
        return render(page, null, new AttachForm(), FormErrors.none());
    }

    @POST
    @Path("{id}/attach")
    public Response attach(@RestPath long id, @BeanParam AttachForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                Reply reply = replies.attach(id, form.candidateId());
                flash.success(messages().attached());
                return Response.seeOther(URI.create("/app/candidates/" + reply.candidate.id)).build();
            } catch (RuleViolation e) {
                errors.add("candidate", messages().candidateUnknown());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(render(1, id, form, errors)).build();
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        replies.delete(id);
        flash.success(messages().deleted());
        return Response.seeOther(URI.create("/app/replies")).build();
    }

    private TemplateInstance render(int page, Long failedId, AttachForm form, FormErrors errors) {
        long total = replies.countUnmatched();
        int number = Page.clamp(page, total, PAGE_SIZE);
        List<UnmatchedReply> items = replies.unmatched(number - 1, PAGE_SIZE);
        return Templates.list(new Page<>(items, number, PAGE_SIZE, total), config.keepUnmatched().toDays(),
                reader.isConfigured(), failedId, form, errors);
    }

    private InboxMessages messages() {
        return locale.bundle(InboxMessages.class);
    }
}
