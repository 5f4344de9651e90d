package nl.werving.privacy;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import nl.werving.privacy.TalentPool.Member;
import nl.werving.web.Flash;
import nl.werving.web.RequestLocale;

/** The talent pool: who may be approached for other vacancies, on what consent, and withdrawing it on request. */
@Path("/app/talent-pool")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class TalentPoolResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pool(List<Member> members, String q);
    }

    @Inject
    TalentPool pool;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@RestQuery String q) {
        return Templates.pool(pool.search(q), q == null ? "" : q);
    }

    @POST
    @Path("consents/{id}/withdraw")
    public Response withdraw(@RestPath long id) {
        pool.withdraw(id);
        flash.success(locale.bundle(PrivacyMessages.class).poolWithdrawn());
        return Response.seeOther(URI.create("/app/talent-pool")).build();
    }
}
