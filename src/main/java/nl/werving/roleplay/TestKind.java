package nl.werving.roleplay;

import io.quarkus.qute.TemplateEnum;

/** The practical tests of customer-service selection. */
@TemplateEnum
public enum TestKind {
    LANGUAGE,
    TYPING,
    TRIAL_DAY
}
