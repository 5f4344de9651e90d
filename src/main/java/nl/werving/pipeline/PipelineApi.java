package nl.werving.pipeline;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import nl.werving.identity.Roles;
import nl.werving.pipeline.PipelineService.MailTiming;

/**
 * Moving, rejecting and hiring for integrations, with exactly the rules of the board: recruiters and
 * admins decide; hiring managers may not.
 */
@Path("/api/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
@Tag(name = "Pipeline")
public class PipelineApi {

    public record ApplicationJson(long id, long vacancyId, Long candidateId, long stageId, ApplicationStatus status,
            SourceChannel source, Instant appliedAt, Instant stageEnteredAt, Instant endedAt, long version) {

        static ApplicationJson of(Application a) {
            return new ApplicationJson(a.id, a.vacancy.id, a.candidate == null ? null : a.candidate.id, a.stage.id, a.status,
                    a.source, a.appliedAt, a.stageEnteredAt, a.endedAt, a.version);
        }
    }

    /** A move; {@code version} is the application's version you read, a newer one gives 409. */
    public record MoveRequest(@NotNull Long toStageId, @NotNull Long version, @Size(max = 4000) String note) {
    }

    public record RejectRequest(@NotNull Long reasonId, @NotNull Long version, @Size(max = 500) String personalLine,
            MailTiming timing) {
    }

    public record HireRequest(@NotNull Long version) {
    }

    @Inject
    PipelineService pipeline;

    @POST
    @Path("move")
    @Operation(summary = "Move to another stage of the same vacancy; 409 when the version is stale or the application ended")
    public ApplicationJson move(@RestPath long id, @Valid @NotNull MoveRequest move) {
        pipeline.move(id, move.toStageId(), move.version(), move.note());
        return ApplicationJson.of(pipeline.get(id));
    }

    @POST
    @Path("reject")
    @Operation(summary = "Reject with a reason; the candidate's mail goes through the outbox")
    public ApplicationJson reject(@RestPath long id, @Valid @NotNull RejectRequest reject) {
        pipeline.reject(id, reject.version(), reject.reasonId(), reject.personalLine(),
                reject.timing() == null ? MailTiming.NOW : reject.timing());
        return ApplicationJson.of(pipeline.get(id));
    }

    @POST
    @Path("hire")
    @Operation(summary = "Hire; the application ends in the vacancy's hired stage")
    public ApplicationJson hire(@RestPath long id, @Valid @NotNull HireRequest hire) {
        pipeline.hire(id, hire.version());
        return ApplicationJson.of(pipeline.get(id));
    }
}
