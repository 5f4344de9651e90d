package nl.werving.reference;

import io.quarkus.qute.TemplateEnum;

/** Where a reference check stands from the candidate's side. */
@TemplateEnum
public enum ReferenceCheckStatus {
    /** The candidate was asked to name referees. */
    REQUESTED,
    /** The candidate named referees and consented per referee. */
    NAMED,
    /** The candidate chose not to name referees; recorded, and the application's stage stays as it is. */
    REFUSED,
    /** The candidate withdrew consent: open requests cancelled, answers deleted. */
    WITHDRAWN
}
