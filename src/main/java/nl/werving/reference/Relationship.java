package nl.werving.reference;

import io.quarkus.qute.TemplateEnum;

/** How the referee knows the candidate. */
@TemplateEnum
public enum Relationship {
    MANAGER,
    TEAM_LEAD,
    COLLEAGUE,
    CLIENT,
    TEACHER,
    OTHER
}
