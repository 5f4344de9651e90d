package nl.werving.pipeline;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
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
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Admins keep the stage templates that new vacancies copy. */
@Path("/app/stage-templates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class StageTemplateResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<StageTemplate> templates);

        static native TemplateInstance edit(StageTemplate template, String name, List<StageRow> rows, String error, FormErrors errors);
    }

    @Inject
    StageService stages;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance templates() {
        return Templates.list(stages.templates());
    }

    @GET
    @Path("{id}")
    public TemplateInstance template(@RestPath long id) {
        StageTemplate template = stages.template(id);
        List<StageRow> rows = template.stages.stream().map(StageRow::of).toList();
        return Templates.edit(template, template.name, StageForm.editorRows(rows), null, FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Response saveTemplate(@RestPath long id, @BeanParam StageForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form, Default.class, StageForm.OfTemplate.class));
        String error = errors.first();
        if (error == null) {
            try {
                // Template rows are replaced as a whole: ids only order them here.
                List<StageRow> rows = form.rows().stream().filter(row -> row.id() == null || !form.remove.contains(row.id()))
                        .map(StageRow::withoutId).toList();
                stages.updateTemplate(id, form.version == null ? -1 : form.version, form.name, rows,
                        List.of());
                flash.success(messages().templateSaved());
                return Response.seeOther(URI.create("/app/stage-templates")).build();
            } catch (OptimisticLockException e) {
                error = messages().templateConflict();
            } catch (RuleViolation e) {
                error = explain(e);
            }
        }
        StageTemplate template = stages.template(id);
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.edit(template, form.name, StageForm.editorRows(form.rows()), error, errors)).build();
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
