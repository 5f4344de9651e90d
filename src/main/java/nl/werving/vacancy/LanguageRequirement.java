package nl.werving.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One required language of a vacancy with its minimum level. */
@Embeddable
public class LanguageRequirement {

    @Enumerated(EnumType.STRING)
    @Column(name = "language_code")
    public Language language;

    @Enumerated(EnumType.STRING)
    @Column(name = "cefr_level")
    public LanguageLevel level;

    protected LanguageRequirement() {
    }

    public LanguageRequirement(Language language, LanguageLevel level) {
        this.language = language;
        this.level = level;
    }
}
