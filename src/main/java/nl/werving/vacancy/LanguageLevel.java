package nl.werving.vacancy;

import io.quarkus.qute.TemplateEnum;

/** Required level on the CEFR scale; C2 stands for native-like. */
@TemplateEnum
public enum LanguageLevel {
    A2, B1, B2, C1, C2
}
