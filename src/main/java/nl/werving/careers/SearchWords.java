package nl.werving.careers;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyMessages;
import nl.werving.vacancy.WorkModel;
import nl.werving.web.RequestLocale;

/**
 * The words a visitor may search a vacancy by in any of the site's languages besides its own texts: how its work model
 * and contract are called in Dutch, English and French, and its city's names in the other languages. A French visitor in
 * Brussels types "Bruxelles" and "télétravail" for a vacancy the recruiter wrote as "Brussel" with "Thuiswerken".
 */
@ApplicationScoped
public class SearchWords {

    /**
     * Cities known by more than one name in the Netherlands and Belgium, each group in Dutch, French and English. Bergen
     * (Mons) is left out: a Dutch town has that name too.
     */
    static final List<List<String>> PLACE_NAMES = List.of(
            List.of("Brussel", "Bruxelles", "Brussels"),
            List.of("Antwerpen", "Anvers", "Antwerp"),
            List.of("Gent", "Gand", "Ghent"),
            List.of("Brugge", "Bruges"),
            List.of("Leuven", "Louvain"),
            List.of("Mechelen", "Malines"),
            List.of("Kortrijk", "Courtrai"),
            List.of("Oostende", "Ostende", "Ostend"),
            List.of("Ieper", "Ypres"),
            List.of("Sint-Niklaas", "Saint-Nicolas"),
            List.of("Luik", "Liège"),
            List.of("Namen", "Namur"),
            List.of("Doornik", "Tournai"),
            List.of("Nijvel", "Nivelles"),
            List.of("Waver", "Wavre"),
            List.of("Aarlen", "Arlon"),
            List.of("Den Haag", "'s-Gravenhage", "La Haye", "The Hague"),
            List.of("'s-Hertogenbosch", "Den Bosch", "Bois-le-Duc"));

    /** Each name, as searched, to all names of its city. */
    private static final Map<String, String> OTHER_NAMES = PLACE_NAMES.stream()
            .flatMap(names -> names.stream()
                    .map(name -> Map.entry(PublicJob.normalize(name), PublicJob.normalize(String.join(" ", names)))))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private Map<WorkModel, String> workModels;
    private Map<ContractType, String> contracts;

    @PostConstruct
    void readLabels() {
        workModels = inEveryLanguage(WorkModel.class, VacancyMessages::workModel);
        contracts = inEveryLanguage(ContractType.class, VacancyMessages::contractType);
    }

    /** The vacancy's words beyond its texts, lower case without accents as {@link PublicJob#normalize} makes them. */
    String of(Vacancy vacancy) {
        return Stream.of(workModels.get(vacancy.workModel), contracts.get(vacancy.contractType),
                vacancy.city == null ? null : OTHER_NAMES.get(PublicJob.normalize(vacancy.city.strip())))
                .filter(words -> words != null).collect(Collectors.joining(" "));
    }

    private static <E extends Enum<E>> Map<E, String> inEveryLanguage(Class<E> type, BiFunction<VacancyMessages, E, String> label) {
        List<VacancyMessages> bundles = RequestLocale.SUPPORTED.stream()
                .map(locale -> RequestLocale.bundle(VacancyMessages.class, locale)).toList();
        Map<E, String> words = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(value -> words.put(value, PublicJob.normalize(bundles.stream()
                .map(messages -> label.apply(messages, value)).distinct().collect(Collectors.joining(" ")))));
        return words;
    }
}
