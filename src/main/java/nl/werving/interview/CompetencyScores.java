package nl.werving.interview;

/** The submitted ratings of one competency for one application: their sum, how many, and highest minus lowest. */
public record CompetencyScores(long applicationId, long competencyId, long sum, long count, int spread) {
}
