package nl.werving.reference;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import nl.werving.identity.Roles;
import nl.werving.reference.ReferenceChecks.Findings;

/**
 * Reference checks for integrations, with the rules of the page: recruiters and admins ask and invite, the vacancy's
 * hiring manager reads. Inviting a referee without the candidate's consent is refused with 409 {@code no-consent}.
 */
@Path("/api/reference-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
@Tag(name = "Reference checks")
public class ReferenceApi {

    public record CheckJson(long id, long applicationId, ReferenceCheckStatus status, Instant requestedAt, Instant answeredAt,
            Instant withdrawnAt, Instant discussedAt, String candidateResponse, List<RefereeJson> referees) {

        static CheckJson of(ReferenceCheck check, Predicate<Referee> consentValid) {
            return new CheckJson(check.id, check.application.id, check.status, check.requestedAt, check.answeredAt, check.withdrawnAt,
                    check.discussedAt, check.candidateResponse,
                    check.referees.stream().map(referee -> RefereeJson.of(referee, consentValid.test(referee))).toList());
        }
    }

    public record RefereeJson(long id, String name, String email, Relationship relationship, String company, String period,
            RefereeStatus status, boolean consentValid, Instant invitedAt, Instant respondedAt, WorkAgain wouldWorkAgain,
            Map<ReferenceTopic, AnswerJson> answers, String remarks, boolean flagged) {

        static RefereeJson of(Referee referee, boolean consentValid) {
            return new RefereeJson(referee.id, referee.fullName, referee.email, referee.relationship, referee.company, referee.period,
                    referee.status, consentValid, referee.invitedAt, referee.respondedAt,
                    referee.wouldWorkAgain, referee.answers.stream().collect(Collectors.toMap(answer -> answer.topic,
                            answer -> new AnswerJson(answer.score, answer.comment), (a, b) -> a)),
                    referee.remarks, referee.isFlagged());
        }
    }

    /** A score of 1–5, or {@code null} when the referee could not judge. */
    public record AnswerJson(Integer score, String comment) {
    }

    public record StartRequest(@NotNull Long applicationId) {
    }

    @Inject
    ReferenceChecks checks;

    @GET
    @Transactional
    @Operation(summary = "The reference checks of an application, newest first, with referees, consent and answers")
    public List<CheckJson> list(@RestQuery long application) {
        Findings findings = checks.findings(application);
        return findings.checks().stream().map(check -> CheckJson.of(check, findings::consentValid)).toList();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Ask the candidate to name referees; 409 when a check is open or the application ended")
    public Response start(@Valid @NotNull StartRequest request) {
        ReferenceCheck check = checks.start(request.applicationId());
        return Response.created(URI.create("/api/reference-checks?application=" + request.applicationId()))
                .entity(CheckJson.of(check, ReferenceChecks::hasValidConsent)).build();
    }

    @POST
    @Transactional
    @Path("{checkId}/referees/{refereeId}/invite")
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Operation(summary = "Send a referee the questionnaire; 409 no-consent without the candidate's valid consent for this referee")
    public RefereeJson invite(@RestPath long checkId, @RestPath long refereeId) {
        Referee referee = checks.invite(checkId, refereeId);
        return RefereeJson.of(referee, ReferenceChecks.hasValidConsent(referee));
    }
}
