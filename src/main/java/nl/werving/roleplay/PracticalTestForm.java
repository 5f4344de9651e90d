package nl.werving.roleplay;

import jakarta.validation.constraints.NotNull;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;

/** A practical test's result; which fields count depends on the kind, see {@link Roleplays#recordTest}. */
@CompleteForKind
public class PracticalTestForm {

    @RestForm
    @NotNull(message = "{test.kind.required}")
    public TestKind kind;

    @RestForm
    public Language language;

    @RestForm
    public LanguageLevel cefrLevel;

    @RestForm
    public Integer wordsPerMinute;

    @RestForm
    public Integer accuracyPercent;

    @RestForm
    public TestOutcome outcome;
}
