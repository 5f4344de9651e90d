package nl.werving.pipeline;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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
import nl.werving.vacancy.Vacancy;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;
import nl.werving.web.ReturnPath;

/** The board of a vacancy: a column per stage, and bulk moves and rejections of the selected cards. */
@Path("/app/vacancies/{id}/board")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class BoardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board, List<RejectionReason> reasons, ApplicationStatus outcome,
                List<EndedApplication> ended, List<Long> undo);

        static native TemplateInstance confirm(Vacancy vacancy, BulkRequest request, List<BulkSelection> selection,
                String stageName, String reasonLabel);

        static native TemplateInstance undone(Vacancy vacancy, List<UndoneRejection> undone);
    }

    /** A bulk action as the bar sends it, carried through its confirmation unchanged. */
    public record BulkRequest(List<Long> ids, String action, Long toStageId, Long reasonId, MailTiming timing, String returnTo) {

        public boolean isReject() {
            return "reject".equals(action);
        }

        public long lateCount(List<BulkSelection> selection) {
            return selection.stream().filter(BulkSelection::isLate).count();
        }
    }

    @Inject
    PipelineService pipeline;

    @Inject
    Flash flash;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance board(@RestPath long id, @BeanParam BoardFilter filter, @RestQuery ApplicationStatus outcome,
            @RestQuery String undo) {
        Board board = pipeline.board(id, filter);
        List<EndedApplication> ended = outcome == null || !outcome.isEnded() ? List.of() : pipeline.ended(id, outcome);
        return Templates.board(board, pipeline.rejectionReasons(), outcome, ended, ids(undo));
    }

    @POST
    @Path("bulk")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response bulk(@RestPath long id, @RestForm List<Long> ids, @RestForm String action, @RestForm Long toStageId,
            @RestForm Long reasonId, @RestForm MailTiming timing, @RestForm String returnTo, @RestForm boolean confirmed) {
        PipelineMessages msg = messages();
        String back = ReturnPath.orElse(returnTo, "/app/vacancies/" + id + "/board");
        boolean valid = ("reject".equals(action) && reasonId != null) || ("move".equals(action) && toStageId != null);
        if (valid && ids != null && !ids.isEmpty() && !confirmed) {
            // First the confirmation: how many, and who is already far along.
            BulkRequest request = new BulkRequest(ids, action, toStageId, reasonId, timing == null ? MailTiming.NOW : timing,
                    back);
            List<BulkSelection> selection = pipeline.selection(id, ids);
            String stageName = request.isReject() ? null : pipeline.stageName(id, toStageId);
            String reasonLabel = request.isReject() ? pipeline.rejectionReasonLabel(reasonId, locale.get()) : null;
            return Response.ok(Templates.confirm(pipeline.vacancy(id), request, selection, stageName, reasonLabel)).build();
        }
        if (ids == null || ids.isEmpty()) {
            flash.error(msg.bulkNothingSelected());
        } else if ("reject".equals(action) && reasonId != null) {
            BulkResult result = pipeline.rejectAll(id, ids, reasonId, timing == null ? MailTiming.NOW : timing);
            flash.success(msg.rejected(result.done()) + (result.skipped() > 0 ? " " + msg.skipped(result.skipped()) : ""));
            if (!result.rejectedIds().isEmpty()) {
                back = withUndo(back, result.rejectedIds());
            }
        } else if ("move".equals(action) && toStageId != null) {
            BulkResult result = pipeline.moveAll(id, ids, toStageId);
            flash.success(msg.movedMany(result.done()) + (result.skipped() > 0 ? " " + msg.skipped(result.skipped()) : ""));
        } else {
            flash.error(msg.bulkChooseAction());
        }
        return Response.seeOther(URI.create(back)).build();
    }

    /** Takes back the rejections of a bulk action whose mails have not left; says for whom it could not. */
    @POST
    @Path("undo")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public Response undo(@RestPath long id, @RestForm List<Long> ids) {
        List<UndoneRejection> undone = pipeline.undoRejections(id, ids == null ? List.of() : ids);
        return PersonalData.uncached(Response.ok(Templates.undone(pipeline.vacancy(id), undone)));
    }

    /** The board address with the ids a rejection can be undone for; ids are no personal data. */
    static String withUndo(String path, List<Long> ids) {
        String without = path.replaceAll("([?&])undo=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return without + (without.contains("?") ? "&" : "?") + "undo="
                + ids.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    private static List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(joined.split("\\.")).limit(1000).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }

    private PipelineMessages messages() {
        return locale.bundle(PipelineMessages.class);
    }
}
