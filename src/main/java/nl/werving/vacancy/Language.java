package nl.werving.vacancy;

import java.util.Locale;

import io.quarkus.qute.TemplateEnum;

/** Languages a customer-service vacancy asks for, and the ones its public texts are written in. */
@TemplateEnum
public enum Language {
    NL, FR, EN;

    /** The language of a page or a candidate ({@code nl}, {@code en}, {@code fr}); Dutch for any other. */
    public static Language of(Locale locale) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(locale.getLanguage())) {
                return language;
            }
        }
        return NL;
    }
}
