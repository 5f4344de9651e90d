package nl.werving.mail;

import java.util.Locale;
import java.util.function.Supplier;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

/**
 * Renders a feature's mail template, which comes as two files ({@code name.html} and {@code name.txt}),
 * into the two bodies of one mail, in the recipient's language.
 */
public final class MailTemplates {

    public record Bodies(String html, String text) {
    }

    private MailTemplates() {
    }

    public static Bodies render(Supplier<TemplateInstance> template, Locale locale) {
        return new Bodies(
                template.get().setLocale(locale).setVariant(Variant.forContentType(Variant.TEXT_HTML)).render(),
                template.get().setLocale(locale).setVariant(Variant.forContentType(Variant.TEXT_PLAIN)).render());
    }
}
