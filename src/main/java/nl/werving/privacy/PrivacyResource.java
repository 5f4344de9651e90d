package nl.werving.privacy;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.Roles;
import nl.werving.privacy.Privacy.Overview;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.RuleViolation;

/** The admin's privacy page: retention terms, the next purge and who it takes, past runs, legal holds. */
@Path("/app/privacy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class PrivacyResource {

    static final int REASON_MAX = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy(Overview overview, TermsForm termsForm, FormErrors errors);
    }

    /** Why a candidate's data is kept past the purge. */
    record HoldReason(@NotBlank @Size(max = REASON_MAX) String reason) {
    }

    @Inject
    Privacy privacy;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance page() {
        Overview overview = privacy.overview();
        return Templates.privacy(overview, TermsForm.of(overview.terms()), FormErrors.none());
    }

    /** New retention terms; they apply to the next purge, the privacy notice and every mail from now on. */
    @POST
    @Path("terms")
    public Response changeTerms(@BeanParam TermsForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                privacy.changeTerms(form.retentionDays, form.talentPoolMonths, form.version);
                flash.success(messages().termsChanged());
                return back("terms");
            } catch (OptimisticLockException changedMeanwhile) {
                flash.error(messages().termsConflict());
                return back("terms");
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(Templates.privacy(privacy.overview(), form, errors)).build();
    }

    @POST
    @Path("purge")
    public Response purgeNow() {
        PurgeRun run = privacy.runNow();
        flash.success(messages().purged(run.purged));
        return back("runs");
    }

    @POST
    @Path("holds")
    public Response placeHold(@RestForm long candidateId, @RestForm String reason) {
        if (!validator.validate(new HoldReason(reason)).isEmpty()) {
            flash.error(messages().holdReasonRequired(REASON_MAX));
            return Response.seeOther(URI.create("/app/candidates/" + candidateId + "#hold")).build();
        }
        try {
            privacy.placeHold(candidateId, reason);
            flash.success(messages().holdPlaced());
        } catch (RuleViolation e) {
            flash.error(messages().holdExists());
        }
        return Response.seeOther(URI.create("/app/candidates/" + candidateId + "#hold")).build();
    }

    @POST
    @Path("holds/{id}/lift")
    public Response liftHold(@RestPath long id) {
        privacy.liftHold(id);
        flash.success(messages().holdLifted());
        return back("holds");
    }

    private PrivacyMessages messages() {
        return locale.bundle(PrivacyMessages.class);
    }

    private static Response back(String anchor) {
        return Response.seeOther(URI.create("/app/privacy#" + anchor)).build();
    }
}
