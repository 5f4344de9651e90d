package nl.werving.vacancy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
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
import nl.werving.identity.AppUser;
import nl.werving.identity.Roles;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.Page;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Back-office pages for vacancies: list, detail, create and edit, and the lifecycle buttons. */
@Path("/app/vacancies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class VacancyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<VacancySummary> page, VacancyStatus status, String q,
                Map<VacancyStatus, Long> counts, long total, String pageLink);

        static native TemplateInstance detail(Vacancy vacancy);

        static native TemplateInstance form(VacancyForm form, FormErrors errors, Vacancy vacancy,
                List<AppUser> hiringManagers, List<AppUser> recruiters, boolean conflict);
    }

    @Inject
    VacancyService vacancies;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@RestQuery VacancyStatus status, @RestQuery String q,
            @RestQuery @DefaultValue("1") int page) {
        Map<VacancyStatus, Long> counts = vacancies.countByStatus();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return Templates.list(vacancies.search(status, q, page), status, q, counts, total, pageLink(status, q));
    }

    @GET
    @Path("new")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public TemplateInstance newVacancy() {
        return form(new VacancyForm(), FormErrors.none(), null, false);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response create(@BeanParam VacancyForm form) {
        FormErrors errors = validate(form);
        if (errors.isEmpty()) {
            try {
                Vacancy vacancy = vacancies.create(form.toData(), form.translations());
                flash.success(messages().created(vacancy.title));
                return seeOther(vacancy);
            } catch (RuleViolation e) {
                explain(e, errors);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(form(form, errors, null, false)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        return Templates.detail(vacancies.get(id));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public TemplateInstance edit(@RestPath long id) {
        Vacancy vacancy = vacancies.get(id);
        return form(VacancyForm.of(vacancy), FormErrors.none(), vacancy, false);
    }

    @POST
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response update(@RestPath long id, @BeanParam VacancyForm form) {
        FormErrors errors = validate(form);
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                Vacancy vacancy = vacancies.update(id, form.toData(), form.translations());
                flash.success(messages().saved(vacancy.title));
                return seeOther(vacancy);
            } catch (OptimisticLockException e) {
                conflict = true;
            } catch (RuleViolation e) {
                explain(e, errors);
            }
        }
        Vacancy current = vacancies.get(id);
        if (conflict) {
            // The next save is a conscious choice to keep this version over the colleague's.
            form.version = current.version;
        }
        Response.Status status = conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(form(form, errors, current, conflict)).build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response publish(@RestPath long id) {
        return changeStatus(id, () -> flash.success(messages().published(vacancies.publish(id).title)));
    }

    @POST
    @Path("{id}/hold")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response hold(@RestPath long id) {
        return changeStatus(id, () -> flash.success(messages().putOnHold(vacancies.putOnHold(id).title)));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response close(@RestPath long id) {
        return changeStatus(id, () -> flash.success(messages().closed(vacancies.close(id).title)));
    }

    /** A refused status change goes back to the detail page with the reasons; nothing changed. */
    private Response changeStatus(long id, Runnable change) {
        try {
            change.run();
        } catch (VacancyNotPublishable e) {
            VacancyMessages msg = messages();
            flash.error(msg.notPublishable(e.problems().stream().map(msg::problem).toList()));
        } catch (RuleViolation e) {
            flash.error(messages().illegalTransition());
        }
        return Response.seeOther(URI.create("/app/vacancies/" + id)).build();
    }

    private TemplateInstance form(VacancyForm form, FormErrors errors, Vacancy vacancy, boolean conflict) {
        return Templates.form(form, errors, vacancy, vacancies.hiringManagerChoices(), vacancies.recruiterChoices(), conflict);
    }

    /** The Dutch fields first, then the English and French texts, each error beside its own field. */
    private FormErrors validate(VacancyForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form.toData()));
        for (VacancyTranslation translation : form.translations()) {
            errors.addAll(validator.validate(translation), property -> VacancyTranslation.fieldName(property, translation.language()));
        }
        return errors;
    }

    private void explain(RuleViolation e, FormErrors errors) {
        VacancyMessages msg = messages();
        switch (e.code()) {
            case "hiring-manager-invalid" -> errors.add("hiringManagerId", msg.assigneeInvalid());
            case "recruiter-invalid" -> errors.add("recruiterId", msg.assigneeInvalid());
            case "closed" -> errors.add("title", msg.closedReadOnly());
            default -> throw e;
        }
    }

    private VacancyMessages messages() {
        return locale.bundle(VacancyMessages.class);
    }

    private static Response seeOther(Vacancy vacancy) {
        return Response.seeOther(URI.create("/app/vacancies/" + vacancy.id)).build();
    }

    private static String pageLink(VacancyStatus status, String q) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("q", q);
        return Page.link("/app/vacancies", filters);
    }
}
