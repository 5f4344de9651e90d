package nl.werving.automation;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.messaging.MessageTemplate;
import nl.werving.pipeline.Stage;
import nl.werving.pipeline.StageService;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/** Recruiters set a vacancy's stage automations: a list per stage, and one form to add or change one. */
@Path("/app/vacancies/{id}/automations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class AutomationResource {

    /** The editor: the vacancy's stages with their automations, and the form (a new one, or the one being changed). */
    public record Editor(Vacancy vacancy, List<Stage> stages, List<StageAutomation> automations, List<MessageTemplate> templates,
            StageAutomation editing, AutomationForm form, boolean conflict) {

        public List<StageAutomation> of(Stage stage) {
            return automations.stream().filter(a -> a.stage.id.equals(stage.id)).toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Editor editor, FormErrors errors);
    }

    @Inject
    StageAutomations automations;

    @Inject
    StageService stages;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@RestPath long id, @RestQuery Long stage) {
        return Templates.edit(editor(id, null, AutomationForm.forStage(stage), false), FormErrors.none());
    }

    @GET
    @Path("{automationId}")
    public TemplateInstance editOne(@RestPath long id, @RestPath long automationId) {
        StageAutomation automation = automations.get(id, automationId);
        return Templates.edit(editor(id, automation, AutomationForm.of(automation), false), FormErrors.none());
    }

    @POST
    public Response create(@RestPath long id, @BeanParam AutomationForm form) {
        return save(id, null, form);
    }

    @POST
    @Path("{automationId}")
    public Response update(@RestPath long id, @RestPath long automationId, @BeanParam AutomationForm form) {
        return save(id, automationId, form);
    }

    @POST
    @Path("{automationId}/delete")
    public Response delete(@RestPath long id, @RestPath long automationId, @RestForm Long version) {
        try {
            automations.delete(id, automationId, version);
        } catch (OptimisticLockException stale) {
            StageAutomation current = automations.get(id, automationId);
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.edit(editor(id, current, AutomationForm.of(current), true), FormErrors.none())).build();
        }
        flash.success(messages().deleted());
        return Response.seeOther(URI.create("/app/vacancies/" + id + "/automations")).build();
    }

    private Response save(long id, Long automationId, AutomationForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                if (automationId == null) {
                    automations.create(id, form);
                } else {
                    automations.update(id, automationId, form);
                }
                flash.success(messages().saved());
                return Response.seeOther(URI.create("/app/vacancies/" + id + "/automations")).build();
            } catch (StageAutomations.Refused refused) {
                refused.fields().forEach((field, code) -> errors.add(field, explain(code)));
            } catch (OptimisticLockException stale) {
                StageAutomation current = automations.get(id, automationId);
                return Response.status(Response.Status.CONFLICT)
                        .entity(Templates.edit(editor(id, current, AutomationForm.of(current), true), FormErrors.none())).build();
            }
        }
        StageAutomation editing = automationId == null ? null : automations.get(id, automationId);
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.edit(editor(id, editing, form, false), errors)).build();
    }

    private Editor editor(long vacancyId, StageAutomation editing, AutomationForm form, boolean conflict) {
        return new Editor(automations.vacancy(vacancyId), stages.stagesOf(vacancyId), automations.automationsOf(vacancyId),
                MessageTemplate.listByName(), editing, form, conflict);
    }

    private String explain(String code) {
        AutomationMessages msg = messages();
        return switch (code) {
            case "stage-invalid" -> msg.stageInvalid();
            case "template-unknown" -> msg.templateUnknown();
            default -> msg.hoursRange();
        };
    }

    private AutomationMessages messages() {
        return locale.bundle(AutomationMessages.class);
    }
}
