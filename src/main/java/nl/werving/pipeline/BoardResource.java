package nl.werving.pipeline;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import nl.werving.pipeline.PipelineService.BulkResult;
import nl.werving.pipeline.PipelineService.MailTiming;
import nl.werving.web.Flash;
import nl.werving.web.LanguageResource;
import nl.werving.web.RequestLocale;

/** The board of a vacancy: a column per stage, and bulk moves and rejections of the selected cards. */
@Path("/app/vacancies/{id}/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class BoardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board, List<RejectionReason> reasons, ApplicationStatus outcome,
                List<EndedApplication> ended);
    }

    @Inject
    PipelineService pipeline;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance board(@RestPath long id, @BeanParam BoardFilter filter, @RestQuery ApplicationStatus outcome) {
        Board board = pipeline.board(id, filter);
        List<EndedApplication> ended = outcome == null || !outcome.isEnded() ? List.of() : pipeline.ended(id, outcome);
        return Templates.board(board, pipeline.rejectionReasons(), outcome, ended);
    }

    @POST
    @Path("bulk")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response bulk(@RestPath long id, @RestForm List<Long> ids, @RestForm String action, @RestForm Long toStageId,
            @RestForm Long reasonId, @RestForm MailTiming timing, @RestForm String returnTo) {
        PipelineMessages msg = messages();
        if (ids == null || ids.isEmpty()) {
            flash.error(msg.bulkNothingSelected());
        } else if ("reject".equals(action) && reasonId != null) {
            BulkResult result = pipeline.rejectAll(id, ids, reasonId, timing == null ? MailTiming.NOW : timing);
            flash.success(msg.rejected(result.done()) + (result.skipped() > 0 ? " " + msg.skipped(result.skipped()) : ""));
        } else if ("move".equals(action) && toStageId != null) {
            BulkResult result = pipeline.moveAll(id, ids, toStageId);
            flash.success(msg.movedMany(result.done()) + (result.skipped() > 0 ? " " + msg.skipped(result.skipped()) : ""));
        } else {
            flash.error(msg.bulkChooseAction());
        }
        return backTo(returnTo == null ? "/app/vacancies/" + id + "/board" : returnTo);
    }

    private PipelineMessages messages() {
        return locale.bundle(PipelineMessages.class);
    }

    private static Response backTo(String returnTo) {
        return Response.seeOther(URI.create(LanguageResource.safeReturnPath(returnTo))).build();
    }
}
