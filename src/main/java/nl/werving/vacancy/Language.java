package nl.werving.vacancy;

import io.quarkus.qute.TemplateEnum;

/** Languages a customer-service vacancy asks for. */
@TemplateEnum
public enum Language {
    NL, FR, EN
}
