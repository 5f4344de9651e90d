package nl.werving.vacancy;

import io.quarkus.qute.TemplateData;
import java.util.stream.Stream;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import nl.werving.web.FormFields;

/**
 * A vacancy's public texts in English or French as the recruiter writes them, with the limits of the Dutch ones. Left
 * empty, the language is not offered; once anything is written, it needs a title.
 */
@TemplateData
public record VacancyTranslation(
        Language language,
        @Size(max = 120, message = "{werving.size.max}") String title,
        @Size(max = 1000, message = "{werving.size.max}") String intro,
        @Size(max = VacancyData.LONG_TEXT, message = "{werving.size.max}") String tasks,
        @Size(max = VacancyData.LONG_TEXT, message = "{werving.size.max}") String mustHaves,
        @Size(max = VacancyData.LONG_TEXT, message = "{werving.size.max}") String niceToHaves,
        @Size(max = VacancyData.LONG_TEXT, message = "{werving.size.max}") String systemsUsed,
        @Size(max = VacancyData.LONG_TEXT, message = "{werving.size.max}") String teamAndCulture,
        @Size(max = VacancyData.LONG_TEXT, message = "{werving.size.max}") String dayInTheLife,
        @Size(max = 500, message = "{werving.size.max}") String scheduleNote) {

    /** The form field a violation belongs to: {@code title} of the English text is {@code titleEn}. */
    public static String fieldName(String property, Language language) {
        String field = "titled".equals(property) ? "title" : property;
        return field + (language == Language.EN ? "En" : "Fr");
    }

    public static VacancyTranslation of(Language language, VacancyText text) {
        return text == null ? new VacancyTranslation(language, null, null, null, null, null, null, null, null, null)
                : new VacancyTranslation(language, text.title, text.intro, text.tasks, text.mustHaves, text.niceToHaves,
                        text.systemsUsed, text.teamAndCulture, text.dayInTheLife, text.scheduleNote);
    }

    public boolean isEmpty() {
        return Stream.of(title, intro, tasks, mustHaves, niceToHaves, systemsUsed, teamAndCulture, dayInTheLife, scheduleNote)
                .allMatch(s -> s == null || s.isBlank());
    }

    @AssertTrue(message = "{vacancy.translation.title.required}")
    public boolean isTitled() {
        return isEmpty() || (title != null && !title.isBlank());
    }

    /** What is stored, or {@code null} when nothing was written in this language. */
    VacancyText toText() {
        if (isEmpty()) {
            return null;
        }
        VacancyText text = new VacancyText(language);
        text.title = title.strip();
        text.intro = FormFields.blankToNull(intro);
        text.tasks = FormFields.blankToNull(tasks);
        text.mustHaves = FormFields.blankToNull(mustHaves);
        text.niceToHaves = FormFields.blankToNull(niceToHaves);
        text.systemsUsed = FormFields.blankToNull(systemsUsed);
        text.teamAndCulture = FormFields.blankToNull(teamAndCulture);
        text.dayInTheLife = FormFields.blankToNull(dayInTheLife);
        text.scheduleNote = FormFields.blankToNull(scheduleNote);
        return text;
    }
}
