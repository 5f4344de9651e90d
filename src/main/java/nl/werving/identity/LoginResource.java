package nl.werving.identity;

import java.net.URI;

import jakarta.enterprise.inject.Instance;
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
import io.vertx.ext.web.RoutingContext;

/** The login page (the form posts to Quarkus' j_security_check, see {@link PasswordIdentityProvider}) and logout. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, Long waitMinutes, boolean loggedOut, boolean demo);
    }

    @Inject
    Instance<DemoLogins> demoLogins;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginSessions sessions;

    @Inject
    SessionCookies cookies;

    @Inject
    RoutingContext http;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery boolean loggedOut) {
        if (currentUser.isLoggedIn()) {
            return Response.seeOther(URI.create("/app")).build();
        }
        Long waitMinutes = error ? cookies.takeLoginWait(http.request()).orElse(null) : null;
        return Response.status(error ? 401 : 200)
                .entity(Templates.login(error, waitMinutes, loggedOut, hasDemoData())).build();
    }

    /** Demo users exist only in development and test builds (nl.werving.demo), never in a production build. */
    private boolean hasDemoData() {
        return demoLogins.isResolvable() && demoLogins.get().available();
    }

    @POST
    @Path("logout")
    public Response logout() {
        if (currentUser.isLoggedIn()) {
            sessions.logOut(currentUser.getId(), currentUser.getSessionId());
        }
        cookies.clear(http.request());
        cookies.forgetFormToken(http);
        return Response.seeOther(URI.create("/login?loggedOut=true")).build();
    }
}
