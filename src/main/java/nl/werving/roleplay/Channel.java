package nl.werving.roleplay;

import io.quarkus.qute.TemplateEnum;

/** How the customer in a role-play reaches the candidate. */
@TemplateEnum
public enum Channel {
    PHONE,
    CHAT,
    MAIL
}
