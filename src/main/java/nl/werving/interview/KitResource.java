package nl.werving.interview;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** The interview kit of one vacancy: competencies with their anchors, and the questions interviewers ask. */
@Path("/app/vacancies/{id}/kit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class KitResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kit(Vacancy vacancy, List<Competency> kit, QuestionForm question, FormErrors questionErrors,
                Map<Long, CompetencyForm> forms, Long editing, FormErrors competencyErrors);
    }

    @Inject
    Kits kits;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance kit(@RestPath long id) {
        return page(id, new QuestionForm(), FormErrors.none(), null, null, FormErrors.none());
    }

    @POST
    @Path("questions")
    public Response addQuestion(@RestPath long id, @BeanParam QuestionForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                kits.addQuestion(id, form);
                flash.success(messages().kitSaved());
                return back(id, "c-" + form.competencyId);
            } catch (RuleViolation e) {
                errors.add("competencyId", messages().kitCompetencyInvalid());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(id, form, errors, null, null, FormErrors.none())).build();
    }

    @POST
    @Path("questions/{questionId}/delete")
    public Response removeQuestion(@RestPath long id, @RestPath long questionId) {
        try {
            flash.success(kits.removeQuestion(id, questionId) ? messages().questionRetired() : messages().kitSaved());
        } catch (RuleViolation e) {
            flash.error(messages().kitInUse());
        }
        return back(id, "kit");
    }

    @POST
    @Path("competencies/{competencyId}")
    public Response rewordCompetency(@RestPath long id, @RestPath long competencyId, @BeanParam CompetencyForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                kits.rewordCompetency(id, competencyId, form);
                flash.success(messages().kitSaved());
            } catch (RuleViolation e) {
                flash.error(messages().kitInUse());
            }
            return back(id, "c-" + competencyId);
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(id, new QuestionForm(), FormErrors.none(), competencyId, form, errors)).build();
    }

    @POST
    @Path("competencies/{competencyId}/delete")
    public Response removeCompetency(@RestPath long id, @RestPath long competencyId) {
        try {
            kits.removeCompetency(id, competencyId);
            flash.success(messages().kitSaved());
        } catch (RuleViolation e) {
            flash.error("kit-last-competency".equals(e.code()) ? messages().kitLastCompetency() : messages().kitInUse());
        }
        return back(id, "kit");
    }

    private TemplateInstance page(long id, QuestionForm question, FormErrors questionErrors, Long editing, CompetencyForm competency,
            FormErrors competencyErrors) {
        List<Competency> kit = kits.kit(id);
        Map<Long, CompetencyForm> forms = new HashMap<>();
        kit.forEach(c -> forms.put(c.id, c.id.equals(editing) ? competency : CompetencyForm.of(c)));
        return Templates.kit(kits.vacancy(id), kit, question, questionErrors, forms, editing, competencyErrors);
    }

    private InterviewMessages messages() {
        return locale.bundle(InterviewMessages.class);
    }

    private static Response back(long id, String anchor) {
        return Response.seeOther(URI.create("/app/vacancies/" + id + "/kit#" + anchor)).build();
    }
}
