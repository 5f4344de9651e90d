package nl.werving.automation;

import java.time.Instant;

/** A planned action as the candidate's profile lists it, with a button to call it off. */
public record PendingAction(long id, long applicationId, String vacancyTitle, String stageName, AutomationAction action,
        String templateName, Instant dueAt) {
}
