package nl.werving.web;

/**
 * Someone picked a language with the language switch. Identity listens, so a signed-in colleague gets Werving's mails in
 * the language they read the pages in.
 */
public record LanguageChosen(String language) {
}
