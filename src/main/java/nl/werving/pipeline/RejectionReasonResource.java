package nl.werving.pipeline;

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

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.pipeline.RejectionReasons.ReasonRow;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** Admins keep the list of rejection reasons, in every language the back office speaks. */
@Path("/app/rejection-reasons")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class RejectionReasonResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ReasonRow> rows);

        static native TemplateInstance form(RejectionReasonForm form, FormErrors errors, RejectionReason reason,
                boolean conflict);
    }

    @Inject
    RejectionReasons reasons;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list() {
        return Templates.list(reasons.overview());
    }

    @GET
    @Path("new")
    public TemplateInstance newReason() {
        return Templates.form(RejectionReasonForm.next(reasons.nextSortOrder()), FormErrors.none(), null, false);
    }

    @POST
    public Response create(@BeanParam RejectionReasonForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.form(form, errors, null, false)).build();
        }
        reasons.create(form);
        flash.success(messages().reasonSaved());
        return backToList();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        RejectionReason reason = reasons.get(id);
        return Templates.form(RejectionReasonForm.of(reason), FormErrors.none(), reason, false);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @BeanParam RejectionReasonForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        boolean conflict = false;
        if (errors.isEmpty()) {
            try {
                reasons.update(id, form);
                flash.success(messages().reasonSaved());
                return backToList();
            } catch (OptimisticLockException e) {
                conflict = true;
                form.version = reasons.get(id).version;
            } catch (RuleViolation e) {
                if (!"last-active-reason".equals(e.code())) {
                    throw e;
                }
                errors.add("active", messages().lastActiveReason());
            }
        }
        Response.Status status = conflict ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(Templates.form(form, errors, reasons.get(id), conflict)).build();
    }

    private PipelineMessages messages() {
        return locale.bundle(PipelineMessages.class);
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/app/rejection-reasons")).build();
    }
}
