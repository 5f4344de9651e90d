package nl.werving.pipeline;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import nl.werving.identity.Roles;

/** The stages of a vacancy, for integrations; hiring managers read their own vacancies only. */
@Path("/api/vacancies/{id}/stages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
@Tag(name = "Pipeline")
public class VacancyStagesApi {

    /** A stage; {@code nameEn} and {@code nameFr} are null where the recruiter gave no translation (the Dutch name is used). */
    public record StageJson(long id, String name, String nameEn, String nameFr, StagePhase phase, int order) {
    }

    @Inject
    StageService stages;

    @GET
    @Operation(summary = "The stages of a vacancy, in order")
    public List<StageJson> stages(@RestPath long id) {
        return stages.stagesOf(id).stream().map(s -> new StageJson(s.id, s.name, s.nameEn, s.nameFr, s.phase, s.sortOrder)).toList();
    }
}
