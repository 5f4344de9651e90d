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
import nl.werving.web.LanguageResource;
import nl.werving.web.RequestLocale;
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
        /** The answer to a drag and drop: the card as it is now, and the new column counts. */
        static native TemplateInstance card(BoardCard card, List<Stage> stages, java.time.Instant now, String returnTo,
                Map<Long, Long> counts, boolean conflict);

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
    public Response move(@RestPath long id, @RestForm long toStageId, @RestForm Long version, @RestForm String note,
            @RestForm String returnTo, @HeaderParam("HX-Request") boolean htmx) {
        boolean conflict = false;
        try {
            pipeline.move(id, toStageId, version, note);
            if (!htmx) {
                flash.success(messages().moved());
            }
        } catch (OptimisticLockException | RuleViolation e) {
            conflict = true;
            if (!htmx) {
                flash.error(messages().moveConflict());
            }
        }
        if (!htmx) {
            return backTo(returnTo);
        }
        Board board = pipeline.board(pipeline.get(id).vacancy.id, new BoardFilter());
        BoardCard card = board.columns().stream().flatMap(column -> column.cards().stream())
                .filter(candidate -> candidate.applicationId() == id).findFirst().orElse(null);
        Map<Long, Long> counts = new java.util.HashMap<>();
        board.columns().forEach(column -> counts.put(column.stage().id, column.count()));
        List<Stage> stages = board.columns().stream().map(Board.Column::stage).toList();
        return Response.status(conflict ? Response.Status.CONFLICT : Response.Status.OK)
                .entity(Templates.card(card, stages, board.now(), LanguageResource.safeReturnPath(returnTo), counts, conflict)).build();
    }

    @GET
    @Path("reject")
    public TemplateInstance rejectForm(@RestPath long id, @RestQuery String returnTo) {
        return Templates.reject(pipeline.get(id), pipeline.rejectionReasons(), LanguageResource.safeReturnPath(returnTo),
                FormErrors.none());
    }

    @POST
    @Path("reject")
    public Response reject(@RestPath long id, @RestForm long reasonId, @RestForm String personalLine, @RestForm MailTiming timing,
            @RestForm Long version, @RestForm String returnTo) {
        FormErrors errors = FormErrors.of(validator.validate(new RejectionLine(personalLine)));
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.reject(pipeline.get(id),
                    pipeline.rejectionReasons(), LanguageResource.safeReturnPath(returnTo), errors)).build();
        }
        try {
            pipeline.reject(id, version, reasonId, personalLine, timing == null ? MailTiming.NOW : timing);
            flash.success(messages().rejected(1));
        } catch (OptimisticLockException | RuleViolation e) {
            flash.error(messages().moveConflict());
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
            flash.error(messages().moveConflict());
        }
        return backTo(returnTo);
    }

    private PipelineMessages messages() {
        return locale.bundle(PipelineMessages.class);
    }

    private static Response backTo(String returnTo) {
        return Response.seeOther(URI.create(LanguageResource.safeReturnPath(returnTo))).build();
    }
}
