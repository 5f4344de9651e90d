package nl.werving.home;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;

/** The page a back-office user starts the day on: what needs them, each with a link to act. */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home, boolean digest);
    }

    @Inject
    HomeService homes;

    @Inject
    DigestService digests;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public Response home() {
        Home home = homes.of(Viewer.of(currentUser));
        return PersonalData.uncached(Response.ok(Templates.home(home, digests.isOn(currentUser.getId()))));
    }

    /** Switches the daily digest mail on or off for the current user. */
    @POST
    @Path("digest")
    public Response digest(@RestForm boolean on) {
        digests.subscribe(currentUser.getId(), on);
        HomeMessages messages = locale.bundle(HomeMessages.class);
        flash.success(on ? messages.digestTurnedOn() : messages.digestTurnedOff());
        return Response.seeOther(URI.create("/app")).build();
    }
}
