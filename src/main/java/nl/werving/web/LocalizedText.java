package nl.werving.web;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text written in each language Werving speaks (a rejection reason, a competency, an interview question), stored in
 * the columns of the entity that holds it: the entity maps each language with an {@code @AttributeOverride}. A language
 * without a text of its own gets the Dutch one.
 */
@Embeddable
public record LocalizedText(String nl, String en, String fr) {

    /** The text in the language of {@code language} ("nl", "en" or "fr"), Dutch when there is none. */
    public String in(String language) {
        String text = "en".equals(language) ? en : "fr".equals(language) ? fr : nl;
        return text != null ? text : nl;
    }

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }
}
