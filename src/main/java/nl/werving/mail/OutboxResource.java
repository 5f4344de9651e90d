package nl.werving.mail;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import nl.werving.web.Page;
import nl.werving.web.RequestLocale;

/** Admin view of the mail outbox: what waits, what was sent, what failed and why; failed mails can be retried. */
@Path("/app/mail")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class OutboxResource {

    public static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Outbox.Opened> page, MailStatus status, Map<MailStatus, Long> counts, String pageLink);

        static native TemplateInstance detail(OutboxMail mail, String to, String subject, String text);
    }

    @Inject
    Outbox outbox;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@RestQuery @DefaultValue("FAILED") MailStatus status, @RestQuery @DefaultValue("1") int page) {
        Map<MailStatus, Long> counts = outbox.countByStatus();
        long total = counts.getOrDefault(status, 0L);
        int number = Page.clamp(page, total, PAGE_SIZE);
        List<Outbox.Opened> mails = outbox.list(status, number - 1, PAGE_SIZE);
        return Templates.list(new Page<>(mails, number, PAGE_SIZE, total), status, counts,
                "/app/mail?status=" + status + "&page=");
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        Outbox.Opened mail = outbox.opened(id);
        return Templates.detail(mail.mail(), mail.to(), mail.subject(), mail.text());
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@RestPath long id) {
        outbox.retry(id);
        flash.success(locale.bundle(MailMessages.class).retryQueued());
        return Response.seeOther(URI.create("/app/mail/" + id)).build();
    }
}
