package nl.werving.privacy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.web.PersonalData;

/** The page behind the renewal mail's link: stay in the talent pool, or leave it, with one click. */
@Path("/consent/{token}")
@Produces(MediaType.TEXT_HTML)
public class ConsentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consent(String token);

        static native TemplateInstance done(boolean renewed);
    }

    @Inject
    ConsentRenewal renewal;

    @GET
    public Response page(@RestPath String token) {
        renewal.candidate(token);
        return PersonalData.uncached(Response.ok(Templates.consent(token)));
    }

    @POST
    @Path("renew")
    public Response renew(@RestPath String token) {
        renewal.renew(token);
        return PersonalData.uncached(Response.ok(Templates.done(true)));
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@RestPath String token) {
        renewal.withdraw(token);
        return PersonalData.uncached(Response.ok(Templates.done(false)));
    }
}
