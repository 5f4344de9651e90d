package nl.werving.identity;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import nl.werving.audit.AuditAction;
import nl.werving.audit.AuditLog;
import nl.werving.web.WervingConfig;

/** The login page (the form posts to Quarkus' j_security_check) and logout. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean loggedOut, boolean demo);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    WervingConfig config;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery boolean loggedOut) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create("/app")).build();
        }
        return Response.status(error ? 401 : 200).entity(Templates.login(error, loggedOut, config.demo().enabled())).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            audit.record(AuditAction.LOGOUT, AuditLog.USER, currentUser.getId());
        }
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login?loggedOut=true")).build();
    }
}
