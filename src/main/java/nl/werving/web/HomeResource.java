package nl.werving.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Entry points that lead somewhere useful. */
@Path("/")
public class HomeResource {

    @GET
    @Path("app")
    public Response backOffice() {
        return Response.seeOther(URI.create("/app/vacancies")).build();
    }
}
