package nl.werving.vacancy;

import io.quarkus.qute.TemplateData;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The public texts of a vacancy in one language. Dutch lives on the vacancy row itself; English and French are kept
 * as these, and {@link Vacancy#textIn} gives any of the three in this shape.
 */
@TemplateData
@Embeddable
public class VacancyText {

    @Enumerated(EnumType.STRING)
    public Language language;

    public String title;
    public String intro;
    public String tasks;
    public String mustHaves;
    public String niceToHaves;
    public String systemsUsed;
    public String teamAndCulture;
    public String dayInTheLife;
    public String scheduleNote;

    protected VacancyText() {
    }

    public VacancyText(Language language) {
        this.language = language;
    }

    /** The language code for {@code lang} and {@code inLanguage} attributes. */
    public String getLang() {
        return language.name().toLowerCase();
    }
}
