package nl.werving.careers;

import io.quarkus.qute.TemplateData;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyText;

/**
 * A public vacancy as one visitor sees it: the texts in their language where the recruiter wrote them, else the
 * Dutch ones, with {@code fallback} saying so (the page then says it and marks the text with its language).
 */
@TemplateData
public record PublicJob(Vacancy vacancy, VacancyText text, boolean fallback) {

    public static PublicJob of(Vacancy vacancy, Language visitor) {
        return vacancy.textIn(visitor).map(text -> new PublicJob(vacancy, text, false))
                .orElseGet(() -> new PublicJob(vacancy, vacancy.textIn(Language.NL).orElseThrow(), true));
    }

    /** The texts a keyword search looks in: what the visitor reads, plus team and city. */
    String searchText() {
        return normalize(Stream.of(text.title, vacancy.team, vacancy.city, text.intro, text.tasks, text.mustHaves, text.niceToHaves,
                text.systemsUsed, text.teamAndCulture, text.dayInTheLife, text.scheduleNote)
                .filter(s -> s != null).collect(Collectors.joining(" ")));
    }

    /** Lower case without accents, so "medewerker" finds "Medewerker" and "energie" finds "énergie". */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
