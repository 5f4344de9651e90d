package nl.werving.automation;

import io.quarkus.qute.TemplateEnum;

/** Where a planned action stands. Only {@code PENDING} runs; claiming it turns it {@code RUNNING}, atomically. */
@TemplateEnum
public enum ScheduledActionStatus {
    PENDING, RUNNING, DONE,
    /** A recruiter called it off. */
    CANCELLED,
    /** Not run: the application had left the stage or ended, or there was nothing to do (e.g. an open reference check). */
    SKIPPED,
    FAILED
}
