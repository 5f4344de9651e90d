package nl.werving.vacancy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.web.Page;

/** Vacancies for integrations, with exactly the access rules of the back-office pages. */
@Path("/api/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
@Tag(name = "Vacancies")
public class VacancyApi {

    public record Person(long id, String displayName) {
        static Person of(AppUser user) {
            return user == null ? null : new Person(user.id, user.displayName);
        }
    }

    public record VacancyJson(long id, String slug, VacancyStatus status, String title, String team, String city,
            Country country, WorkModel workModel, ContractType contractType, int openings, Integer hoursMin,
            Integer hoursMax, boolean shiftWork, boolean eveningWork, boolean weekendWork, String scheduleNote,
            Map<Language, LanguageLevel> languages, String intro, String tasks, String mustHaves, String niceToHaves,
            String systemsUsed, String teamAndCulture, String dayInTheLife, Integer salaryMin, Integer salaryMax,
            LocalDate closingDate, Person hiringManager, Person recruiter, Instant createdAt, Instant updatedAt,
            Instant publishedAt, Instant closedAt, long version) {

        static VacancyJson of(Vacancy v) {
            return new VacancyJson(v.id, v.slug, v.status, v.title, v.team, v.city, v.country, v.workModel,
                    v.contractType, v.openings, v.hoursMin, v.hoursMax, v.shiftWork, v.eveningWork, v.weekendWork,
                    v.scheduleNote,
                    v.languages.stream().collect(Collectors.toMap(l -> l.language, l -> l.level)),
                    v.intro, v.tasks, v.mustHaves, v.niceToHaves, v.systemsUsed, v.teamAndCulture, v.dayInTheLife,
                    v.salaryMin, v.salaryMax, v.closingDate, Person.of(v.hiringManager), Person.of(v.recruiter),
                    v.createdAt, v.updatedAt, v.publishedAt, v.closedAt, v.version);
        }
    }

    public record VacancyPage(List<VacancySummary> items, int page, int pageSize, long total) {
    }

    /** Why publishing was refused. */
    public record NotPublishable(int status, String code, List<VacancyNotPublishable.Problem> problems) {
    }

    @Inject
    VacancyService vacancies;

    @GET
    @Operation(summary = "Vacancies the caller may see, newest change first, 20 per page")
    public VacancyPage list(@RestQuery VacancyStatus status, @RestQuery String q, @RestQuery @DefaultValue("1") int page) {
        Page<VacancySummary> result = vacancies.search(status, q, page);
        return new VacancyPage(result.items(), result.number(), result.size(), result.total());
    }

    /** Also the answer of every write: a fresh read, as the entity of a committed transaction is detached. */
    @GET
    @Path("{id}")
    @Operation(summary = "One vacancy; 403 for a hiring manager who is not assigned to it")
    public VacancyJson get(@RestPath long id) {
        return VacancyJson.of(vacancies.get(id));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Create a draft vacancy")
    public Response create(@Valid VacancyData vacancy) {
        long id = vacancies.create(vacancy).id;
        return Response.created(URI.create("/api/vacancies/" + id)).entity(get(id)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Change a vacancy; send the version you read, a newer one on the server gives 409")
    public VacancyJson update(@RestPath long id, @Valid VacancyData vacancy) {
        vacancies.update(id, vacancy);
        return get(id);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Publish; refused with 409 and the problems when, for example, the salary range is missing")
    public Response publish(@RestPath long id) {
        try {
            vacancies.publish(id);
            return Response.ok(get(id)).build();
        } catch (VacancyNotPublishable e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(new NotPublishable(409, e.code(), e.problems())).build();
        }
    }

    @POST
    @Path("{id}/hold")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Put an open vacancy on hold")
    public VacancyJson hold(@RestPath long id) {
        vacancies.putOnHold(id);
        return get(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Close a vacancy for good")
    public VacancyJson close(@RestPath long id) {
        vacancies.close(id);
        return get(id);
    }
}
