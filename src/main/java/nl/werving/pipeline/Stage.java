package nl.werving.pipeline;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;

/** A column of a vacancy's pipeline. Each vacancy has its own copy of the stages. */
@Entity
@Table(name = "vacancy_stage")
public class Stage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    public int sortOrder;

    public String name;

    /** The name candidates who applied in English read; {@code null}: the Dutch {@link #name}. */
    public String nameEn;

    /** The name candidates who applied in French read; {@code null}: the Dutch {@link #name}. */
    public String nameFr;

    @Enumerated(EnumType.STRING)
    public StagePhase phase;

    /** Working days a candidate may wait here before the home page lists them; {@code null}: the careers site's promise. */
    public Integer timeLimitDays;

    /** The name in this language where the recruiter gave one, else the Dutch name. */
    public String nameIn(Locale locale) {
        return nameIn(Language.of(locale));
    }

    public String nameIn(Language language) {
        String translated = switch (language) {
            case EN -> nameEn;
            case FR -> nameFr;
            case NL -> null;
        };
        return translated == null ? name : translated;
    }

    public static List<Stage> listForVacancy(long vacancyId) {
        return list("vacancy.id", Sort.by("sortOrder"), vacancyId);
    }

    /** The stages of these vacancies in their order, by vacancy id. */
    public static Map<Long, List<Stage>> listForVacancies(Collection<Long> vacancyIds) {
        return Stage.<Stage> list("vacancy.id in ?1", Sort.by("sortOrder"), vacancyIds).stream()
                .collect(Collectors.groupingBy(stage -> stage.vacancy.id, LinkedHashMap::new, Collectors.toList()));
    }

    public static Stage firstOf(long vacancyId) {
        return find("vacancy.id", Sort.by("sortOrder"), vacancyId).firstResult();
    }

    /** The stage a hired application ends in: the vacancy's first one of the hired phase. */
    public static Optional<Stage> findHiredOf(long vacancyId) {
        return find("vacancy.id = ?1 and phase = ?2", Sort.by("sortOrder"), vacancyId, StagePhase.HIRED).firstResultOptional();
    }
}
