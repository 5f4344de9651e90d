package nl.werving.interview;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.identity.CurrentUser;
import nl.werving.pipeline.AssessmentSummaries;
import nl.werving.pipeline.AssessmentSummary;

/**
 * Scorecard summaries for the board and the profile, in two queries however many cards. Only recruiters and admins get
 * them, and not for applications where they still owe a scorecard themselves: nobody reads colleagues' verdicts before
 * giving their own.
 */
@ApplicationScoped
public class ScoreSummaries implements AssessmentSummaries {

    private final CurrentUser currentUser;

    public ScoreSummaries(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Map<Long, AssessmentSummary> of(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? Map.of() : summaries(ApplicationScope.ids(applicationIds));
    }

    @Override
    public Map<Long, AssessmentSummary> ofVacancy(long vacancyId) {
        return summaries(ApplicationScope.vacancy(vacancyId));
    }

    private Map<Long, AssessmentSummary> summaries(ApplicationScope scope) {
        if (!currentUser.canManageVacancies()) {
            return Map.of();
        }
        List<CompetencyScores> rows = ScorecardRating.listSubmittedScores(scope);
        // An interviewer who still owes a scorecard sees no summary of the others', not even as a recruiter.
        Set<Long> owed = Interview.applicationsOwingScorecard(scope, currentUser.getId());
        Map<Long, List<CompetencyScores>> byApplication = rows.stream().filter(row -> !owed.contains(row.applicationId()))
                .collect(Collectors.groupingBy(CompetencyScores::applicationId));
        Map<Long, AssessmentSummary> summaries = new HashMap<>();
        byApplication.forEach((id, competencies) -> {
            long sum = competencies.stream().mapToLong(CompetencyScores::sum).sum();
            long count = competencies.stream().mapToLong(CompetencyScores::count).sum();
            // Submitting needs every competency rated, so the most-rated competency counts the scorecards.
            int scorecards = (int) competencies.stream().mapToLong(CompetencyScores::count).max().orElse(0);
            boolean disagreement = competencies.stream().anyMatch(row -> row.spread() >= Scorecards.DISAGREEMENT);
            summaries.put(id, new AssessmentSummary((double) sum / count, scorecards, disagreement));
        });
        return summaries;
    }
}
