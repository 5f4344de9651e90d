package nl.werving.pipeline;

import java.util.Collection;
import java.util.Map;

/** Assessment summaries for many applications at once, from the interview feature, in a fixed number of queries. */
public interface AssessmentSummaries {

    /** Summaries the current user may see, by application id; applications without submitted scorecards are left out. */
    Map<Long, AssessmentSummary> of(Collection<Long> applicationIds);

    /** The same for every application of a vacancy: a board asks for its cards' summaries this way. */
    Map<Long, AssessmentSummary> ofVacancy(long vacancyId);
}
