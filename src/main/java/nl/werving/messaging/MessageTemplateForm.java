package nl.werving.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.web.LocalizedText;

/**
 * A message template as an admin edits it. Dutch is required; English and French fall back to it where left empty.
 * Subjects and bodies may use only the known placeholders.
 */
public class MessageTemplateForm {

    @RestForm
    @NotBlank(message = "{message.name.required}")
    @Size(max = 120, message = "{werving.size.max}")
    public String nameNl;

    @RestForm
    @NotBlank(message = "{message.subjectNl.required}")
    @Size(max = 200, message = "{werving.size.max}")
    @KnownPlaceholders
    public String subjectNl;

    @RestForm
    @NotBlank(message = "{message.bodyNl.required}")
    @Size(max = 4000, message = "{werving.size.max}")
    @KnownPlaceholders
    public String bodyNl;

    @RestForm
    @Size(max = 120, message = "{werving.size.max}")
    public String nameEn;

    @RestForm
    @Size(max = 200, message = "{werving.size.max}")
    @KnownPlaceholders
    public String subjectEn;

    @RestForm
    @Size(max = 4000, message = "{werving.size.max}")
    @KnownPlaceholders
    public String bodyEn;

    @RestForm
    @Size(max = 120, message = "{werving.size.max}")
    public String nameFr;

    @RestForm
    @Size(max = 200, message = "{werving.size.max}")
    @KnownPlaceholders
    public String subjectFr;

    @RestForm
    @Size(max = 4000, message = "{werving.size.max}")
    @KnownPlaceholders
    public String bodyFr;

    @RestForm
    public Long version;

    /** Call after validation. */
    public LocalizedText name() {
        return new LocalizedText(nameNl.strip(), optional(nameEn), optional(nameFr));
    }

    public LocalizedText subject() {
        return new LocalizedText(subjectNl.strip(), optional(subjectEn), optional(subjectFr));
    }

    public LocalizedText body() {
        return new LocalizedText(lines(bodyNl), lines(optional(bodyEn)), lines(optional(bodyFr)));
    }

    public static MessageTemplateForm of(MessageTemplate template) {
        MessageTemplateForm form = new MessageTemplateForm();
        form.nameNl = template.name.nl();
        form.nameEn = template.name.en();
        form.nameFr = template.name.fr();
        form.subjectNl = template.subject.nl();
        form.subjectEn = template.subject.en();
        form.subjectFr = template.subject.fr();
        form.bodyNl = template.body.nl();
        form.bodyEn = template.body.en();
        form.bodyFr = template.body.fr();
        form.version = template.version;
        return form;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Browsers send line breaks as CR LF; the text keeps plain LF. */
    static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").strip();
    }
}
