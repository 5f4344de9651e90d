package nl.werving.pipeline;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.pipeline.StageService.StageRow;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Recruiters adjust the stages of one vacancy; new vacancies start from the default template. */
@Path("/app/vacancies/{id}/stages")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class VacancyStagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Vacancy vacancy, List<StageRow> rows, String error, FormErrors errors);
    }

    @Inject
    StageService stages;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @Inject
    Validator validator;

    @Inject
    VacancyService vacancies;

    @GET
    public TemplateInstance vacancyStages(@RestPath long id) {
        List<StageRow> rows = stages.stagesOf(id).stream().map(StageRow::of).toList();
        return Templates.edit(vacancies.get(id), StageForm.editorRows(rows), null, FormErrors.none());
    }

    @POST
    public Response saveVacancyStages(@RestPath long id, @BeanParam StageForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        String error = errors.first();
        if (error == null) {
            try {
                stages.updateVacancyStages(id, form.rows(), form.remove);
                flash.success(messages().stagesSaved());
                return Response.seeOther(URI.create("/app/vacancies/" + id + "/board")).build();
            } catch (RuleViolation e) {
                error = explain(e);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.edit(vacancies.get(id), StageForm.editorRows(form.rows()), error, errors)).build();
    }

    private String explain(RuleViolation e) {
        return switch (e.code()) {
            case "stage-in-use" -> messages().stageInUse();
            case "stages-required" -> messages().stagesRequired();
            default -> throw e;
        };
    }

    private PipelineMessages messages() {
        return locale.bundle(PipelineMessages.class);
    }
}
