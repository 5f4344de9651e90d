package nl.werving.messaging;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A message being written: a template, or a subject and text of one's own; the language (empty: each candidate's own);
 * which recipient the preview shows; and, from the board, the ticked applications.
 */
@CompleteMessage
public class ComposeForm {

    /** From the profile: the application the message is about. */
    @RestForm
    public Long applicationId;

    @RestForm
    public Long templateId;

    @RestForm
    public String language;

    @RestForm
    @Size(max = 200, message = "{werving.size.max}")
    @KnownPlaceholders
    public String subject;

    @RestForm
    @Size(max = 4000, message = "{werving.size.max}")
    @KnownPlaceholders
    public String body;

    /** The recipient the preview shows, counted from 0. */
    @RestForm
    public int at;

    /** What the button pressed asks for: {@code send}, or anything else to look at the preview. */
    @RestForm
    public String step;

    /** Set by the compose page itself; a post from the board's bulk form starts with a template preselected. */
    @RestForm
    public boolean composing;

    /** From the board: the ticked applications. */
    @RestForm
    public List<Long> ids;

    public boolean isSend() {
        return "send".equals(step);
    }

    /** The language chosen for all recipients, or {@code null} for each candidate's own. */
    public String forcedLanguage() {
        return language != null && List.of("nl", "en", "fr").contains(language) ? language : null;
    }
}
