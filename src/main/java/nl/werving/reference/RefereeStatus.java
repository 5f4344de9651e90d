package nl.werving.reference;

import io.quarkus.qute.TemplateEnum;

/** One referee's way through a check. */
@TemplateEnum
public enum RefereeStatus {
    /** Named by the candidate, with consent; not asked yet. */
    NAMED,
    /** The questionnaire link went out. */
    INVITED,
    ANSWERED,
    /** The referee chose not to answer; nothing but that is kept. */
    DECLINED,
    /** The candidate withdrew consent before or after the referee answered. */
    CANCELLED
}
