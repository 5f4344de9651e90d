package nl.werving.profile;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** A language code as the viewer reads it: {@code fr} is "Frans" to a Dutch recruiter, "French" to an English one. */
@TemplateExtension
public class LanguageNames {

    static String languageName(String code, Locale viewer) {
        if (code == null || code.isBlank()) {
            return "–";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(viewer);
        if (name.isEmpty() || name.equalsIgnoreCase(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(viewer) + name.substring(1);
    }
}
