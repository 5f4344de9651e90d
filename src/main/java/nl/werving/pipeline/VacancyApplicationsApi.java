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
import org.jboss.resteasy.reactive.RestQuery;

import nl.werving.identity.Roles;
import nl.werving.vacancy.VacancyService;

/**
 * A vacancy's applications, for integrations, with the board's rules: hiring managers read their own
 * vacancies only. No personal data here; {@code /api/candidates/{id}} has it, and is on record.
 */
@Path("/api/vacancies/{id}/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
@Tag(name = "Pipeline")
public class VacancyApplicationsApi {

    @Inject
    VacancyService vacancies;

    @GET
    @Operation(summary = "Applications of a vacancy, optionally of one stage or status")
    public List<PipelineApi.ApplicationJson> applications(@RestPath long id, @RestQuery Long stage, @RestQuery ApplicationStatus status) {
        vacancies.get(id);
        return Application.listOfVacancy(id, stage, status).stream().map(PipelineApi.ApplicationJson::of).toList();
    }
}
