package nl.werving.roleplay;

import io.quarkus.qute.TemplateEnum;

/** How a trial day went. */
@TemplateEnum
public enum TestOutcome {
    PASSED,
    DOUBT,
    FAILED
}
