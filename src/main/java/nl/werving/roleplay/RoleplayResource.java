package nl.werving.roleplay;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.pipeline.Application;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Recording a role-play (with the scenario briefs at hand) or a practical test on an application. */
@Path("/app/roleplays")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class RoleplayResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(Application application, List<RoleplayScenario> scenarios, RoleplayForm form,
                FormErrors errors, PracticalTestForm test, FormErrors testErrors);
    }

    @Inject
    Roleplays roleplays;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    @Path("new")
    public TemplateInstance newResult(@RestQuery long application) {
        return page(application, RoleplayForm.empty(), FormErrors.none(), new PracticalTestForm(), FormErrors.none());
    }

    @POST
    public Response record(@RestForm long applicationId, @BeanParam RoleplayForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                roleplays.record(applicationId, form);
                flash.success(messages().roleplayRecorded());
                return toAssessment(applicationId);
            } catch (RuleViolation e) {
                if (!"scenario-invalid".equals(e.code())) {
                    throw e;
                }
                errors.add("scenarioId", messages().scenarioRequired());
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(applicationId, form, errors, new PracticalTestForm(), FormErrors.none())).build();
    }

    @POST
    @Path("tests")
    public Response recordTest(@RestForm long applicationId, @BeanParam PracticalTestForm test) {
        FormErrors errors = FormErrors.of(validator.validate(test));
        if (errors.isEmpty()) {
            roleplays.recordTest(applicationId, test);
            flash.success(messages().testRecorded());
            return toAssessment(applicationId);
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(applicationId, RoleplayForm.empty(), FormErrors.none(), test, errors)).build();
    }

    private TemplateInstance page(long applicationId, RoleplayForm form, FormErrors errors, PracticalTestForm test,
            FormErrors testErrors) {
        return Templates.record(roleplays.application(applicationId), roleplays.scenarios(), form, errors, test, testErrors);
    }

    private RoleplayMessages messages() {
        return locale.bundle(RoleplayMessages.class);
    }

    private static Response toAssessment(long applicationId) {
        return Response.seeOther(URI.create("/app/assessments/" + applicationId + "#roleplays")).build();
    }
}
