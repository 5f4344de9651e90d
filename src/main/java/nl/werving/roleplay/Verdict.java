package nl.werving.roleplay;

import io.quarkus.qute.TemplateEnum;

/** The assessor's conclusion on a role-play. */
@TemplateEnum
public enum Verdict {
    SUITABLE,
    DOUBT,
    NOT_SUITABLE
}
