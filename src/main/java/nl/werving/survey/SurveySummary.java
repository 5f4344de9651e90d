package nl.werving.survey;

import java.math.BigDecimal;
import java.util.List;

import nl.werving.pipeline.ApplicationStatus;

/**
 * The survey's answers within a report's scope. Below {@link SurveyResults#MINIMUM_GROUP} answers only the count is
 * given ({@code shown} false, every figure {@code null}, no comments): a small group's answers could point at a person.
 *
 * @param answers how many answered in the scope
 * @param nps the Net Promoter Score, -100 to 100: the share of promoters (9–10) minus that of detractors (0–6), in percent
 * @param clarity mean of "I always knew where I stood", 1–5, one decimal; likewise {@code speed} and {@code respect}
 * @param outcomes one group per outcome (hired, rejected, withdrawn), each with its own minimum
 * @param comments the latest comments, at most {@link SurveyResults#MAX_COMMENTS}
 */
public record SurveySummary(long answers, boolean shown, Integer nps, Long promoters, Long passives, Long detractors,
        BigDecimal clarity, BigDecimal speed, BigDecimal respect, List<OutcomeGroup> outcomes, List<String> comments) {

    /** The answers of the candidates whose application ended this way; NPS {@code null} when {@code shown} is false. */
    public record OutcomeGroup(ApplicationStatus outcome, long answers, boolean shown, Integer nps) {
    }

    /** The smallest group whose results are shown, for a page that says why a figure is missing. */
    public int minimumGroup() {
        return SurveyResults.MINIMUM_GROUP;
    }
}
