package nl.werving.messaging;

import java.util.List;

import nl.werving.web.FormErrors;

/**
 * What the compose page shows: where it posts and leads back to, who the message goes to (the candidate's applications
 * to choose from, or the ticked applications of a board), why nothing can be sent (or {@code null}), the templates,
 * the form with its errors, and the preview of one recipient (or {@code null} while the form has errors).
 */
public record ComposePage(String action, String backHref, String title, List<Recipient> applications, Recipient chosen,
        List<Long> ids, int count, int skipped, String refusal, List<MessageTemplate> templates, ComposeForm form,
        FormErrors errors, Messaging.Preview preview) {

    public boolean isBulk() {
        return applications == null;
    }

    /** The languages a message can be sent in, besides each candidate's own. */
    public List<String> languages() {
        return List.of("nl", "en", "fr");
    }

    public boolean canSend() {
        return refusal == null && count > 0;
    }
}
