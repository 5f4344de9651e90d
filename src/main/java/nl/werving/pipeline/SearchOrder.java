package nl.werving.pipeline;

import io.quarkus.qute.TemplateEnum;

/** The orders a recruiter sorts the candidate search by. */
@TemplateEnum
public enum SearchOrder {
    /** Who applied last first: the default. */
    NEWEST("a.appliedAt desc, a.id desc"),
    /**
     * Alphabetical by name. Names are sealed, so the database cannot sort them: the newest {@link Application#NAME_ORDER_MAX}
     * hits are sorted by the application.
     */
    NAME("a.appliedAt desc, a.id desc"),
    /** Who has waited longest in their stage first. */
    WAITING("a.stageEnteredAt, a.id");

    final String clause;

    SearchOrder(String clause) {
        this.clause = clause;
    }
}
