package nl.werving.pipeline;

import io.quarkus.qute.TemplateEnum;

/** Whether an application is still in the procedure, and how it ended. Outcomes are not stages. */
@TemplateEnum
public enum ApplicationStatus {
    ACTIVE, WITHDRAWN, REJECTED, HIRED;

    public boolean isEnded() {
        return this != ACTIVE;
    }
}
