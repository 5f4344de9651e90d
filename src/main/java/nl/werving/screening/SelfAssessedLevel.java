package nl.werving.screening;

import io.quarkus.qute.TemplateEnum;

/** A candidate's own estimate of a language, in plain words on the form and CEFR levels underneath. */
@TemplateEnum
public enum SelfAssessedLevel {
    NONE, A2, B1, B2, C1, C2
}
