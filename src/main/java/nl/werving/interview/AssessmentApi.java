package nl.werving.interview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import nl.werving.identity.Roles;
import nl.werving.interview.Assessments.Overview;

/**
 * How an application was assessed, with the same independence rule as the page: an interviewer who has not
 * submitted gets only their own scorecard.
 */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
@Tag(name = "Assessments")
public class AssessmentApi {

    public record AssessmentJson(long applicationId, boolean othersHidden, List<InterviewJson> interviews,
            List<ScorecardJson> scorecards, List<CompetencyJson> competencies) {
    }

    public record InterviewJson(long id, Instant startsAt, int durationMinutes, String location, String videoUrl,
            InterviewStatus status, List<String> interviewers) {
    }

    public record ScorecardJson(long id, long interviewId, String interviewer, ScorecardStatus status,
            Recommendation recommendation, Instant submittedAt, Map<Long, Integer> competencyRatings) {
    }

    /** One competency over the submitted scorecards: mean, spread, and whether the interviewers disagree. */
    public record CompetencyJson(long competencyId, String name, Double mean, Integer spread, boolean disagreement) {
    }

    @Inject
    Assessments assessments;

    @GET
    @Path("{applicationId}")
    @Operation(summary = "Interviews, visible scorecards and the aggregate of one application")
    public AssessmentJson get(@RestPath long applicationId) {
        Overview overview = assessments.overview(applicationId);
        return new AssessmentJson(applicationId, overview.aggregate().hidden(),
                overview.interviews().stream().map(i -> new InterviewJson(i.id, i.startsAt, i.durationMinutes, i.location, i.videoUrl,
                        i.status, i.interviewers.stream().map(user -> user.displayName).toList())).toList(),
                overview.aggregate().scorecards().stream().map(s -> new ScorecardJson(s.id, s.interview.id, s.interviewer.displayName,
                        s.status, s.recommendation, s.submittedAt, s.ratings.stream().filter(r -> r.questionId == null)
                                .collect(Collectors.toMap(r -> r.competencyId, r -> r.rating)))).toList(),
                overview.aggregate().rows().stream().map(row -> new CompetencyJson(row.competency().id, row.competency().name.nl(),
                        row.mean(), row.spread(), row.isDisagreement())).toList());
    }
}
