package nl.werving.web;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.vertx.core.http.HttpServerRequest;

/** The language switch: remembers the choice in a cookie and returns to the page the user was on. */
@Path("/language")
public class LanguageResource {

    @Inject
    Event<LanguageChosen> chosen;

    @Inject
    HttpServerRequest request;

    @GET
    public Response choose(@RestQuery String lang, @RestQuery("return") String returnTo) {
        Response.ResponseBuilder response = Response.seeOther(URI.create(ReturnPath.orHome(returnTo)));
        RequestLocale.supported(lang).ifPresent(locale -> {
            response.cookie(new NewCookie.Builder(RequestLocale.COOKIE)
                    .value(locale.getLanguage())
                    .path("/")
                    .maxAge((int) Duration.ofDays(365).toSeconds())
                    .sameSite(NewCookie.SameSite.LAX)
                    .httpOnly(true)
                    .secure(request.isSSL())
                    .build());
            chosen.fire(new LanguageChosen(locale.getLanguage()));
        });
        return response.build();
    }
}
