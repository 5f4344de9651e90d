package nl.werving.pipeline;

/**
 * The compact line about how an application was assessed, for a board card or a profile: the mean of all
 * competency ratings of submitted scorecards, how many there are, and whether interviewers disagree somewhere.
 */
public record AssessmentSummary(double mean, int scorecards, boolean disagreement) {
}
