package nl.werving.survey;

/**
 * A survey link that opens nothing (any more), answered with 410 Gone and a friendly page. An answered invitation is
 * deleted, so a used link and one that never was look alike: both are "used or unknown".
 */
public class SurveyGone extends RuntimeException {

    private final boolean expired;

    SurveyGone(boolean expired) {
        super(expired ? "Survey link expired" : "Survey link used or unknown", null, false, false);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
