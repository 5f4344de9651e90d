package nl.werving.pipeline;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import nl.werving.pipeline.PipelineService.MailTiming;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;
import nl.werving.web.ReturnPath;
import nl.werving.web.RuleViolation;

/**
 * What recruiters do with one application from the board: move it (drag and drop, or the form on the card
 * without JavaScript), reject it with a kind mail, or hire.
 */
@Path("/app/applications/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
public class ApplicationResource {

    static final int PERSONAL_LINE_MAX = 500;

    @CheckedTemplate
    static class Templates {
        /** The answer to a drag and drop: the card as it is now, and the new counts of the columns it touched (as filtered). */
        static native TemplateInstance card(BoardCard card, List<Stage> stages, String returnTo,
                Map<Long, Long> counts, String notice);

        static native TemplateInstance reject(Application application, List<RejectionReason> reasons, String returnTo,
                FormErrors errors);
    }

    /** The optional personal line of a rejection mail. */
    record RejectionLine(@Size(max = PERSONAL_LINE_MAX, message = "{pipeline.personalLine.size}") String personalLine) {
    }

    @Inject
    PipelineService pipeline;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @POST
    @Path("move")
    public Response move(@RestPath long id, @RestForm long toStageId, @RestForm Long fromStageId, @RestForm Long version,
            @RestForm String note, @RestForm String returnTo, @RestForm String q, @RestForm SourceChannel source,
            @HeaderParam("HX-Request") boolean htmx) {
        String refused = null;
        try {
            pipeline.move(id, toStageId, version, note);
        } catch (OptimisticLockException | RuleViolation e) {
            refused = explain(e);
        }
        if (!htmx) {
            if (refused == null) {
                flash.success(messages().moved());
            } else {
                flash.error(refused);
            }
            return backTo(returnTo);
        }
        // The board in the browser only needs the dragged card and the counts above the columns it left and entered.
        List<Long> touched = fromStageId == null ? List.of(toStageId) : List.of(fromStageId, toStageId);
        MovedCard moved = pipeline.movedCard(id, touched, BoardFilter.of(q, source));
        return Response.status(refused == null ? Response.Status.OK : Response.Status.CONFLICT)
                .entity(Templates.card(moved.card(), moved.stages(), ReturnPath.orHome(returnTo),
                        moved.counts(), refused))
                .build();
    }

    @GET
    @Path("reject")
    public TemplateInstance rejectForm(@RestPath long id, @RestQuery String returnTo) {
        return Templates.reject(pipeline.withCandidate(id), pipeline.rejectionReasons(), ReturnPath.orHome(returnTo),
                FormErrors.none());
    }

    @POST
    @Path("reject")
    public Response reject(@RestPath long id, @RestForm long reasonId, @RestForm String personalLine, @RestForm MailTiming timing,
            @RestForm Long version, @RestForm String returnTo) {
        FormErrors errors = FormErrors.of(validator.validate(new RejectionLine(personalLine)));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.reject(pipeline.withCandidate(id),
                    pipeline.rejectionReasons(), ReturnPath.orHome(returnTo), errors)).build();
        }
        try {
            pipeline.reject(id, version, reasonId, personalLine, timing == null ? MailTiming.NOW : timing);
            flash.success(messages().rejected(1));
        } catch (OptimisticLockException | RuleViolation e) {
            flash.error(explain(e));
        }
        return backTo(returnTo);
    }

    @POST
    @Path("hire")
    public Response hire(@RestPath long id, @RestForm Long version, @RestForm String returnTo) {
        try {
            pipeline.hire(id, version);
            flash.success(messages().hired());
        } catch (OptimisticLockException | RuleViolation e) {
            flash.error(explain(e));
        }
        return backTo(returnTo);
    }

    /** Each refusal in its own words; a stale version means a colleague acted on the card first. */
    private String explain(RuntimeException refusal) {
        if (!(refusal instanceof RuleViolation rule)) {
            return messages().moveConflict();
        }
        return switch (rule.code()) {
            case "ended" -> messages().applicationEnded();
            case "stage-invalid" -> messages().stageNotOfVacancy();
            case "reason-invalid" -> messages().reasonUnavailable();
            default -> messages().moveConflict();
        };
    }

    private PipelineMessages messages() {
        return locale.bundle(PipelineMessages.class);
    }

    private static Response backTo(String returnTo) {
        return Response.seeOther(URI.create(ReturnPath.orHome(returnTo))).build();
    }
}
