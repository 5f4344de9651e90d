package nl.werving.pipeline;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.vacancy.Vacancy;

/** A column of a vacancy's pipeline. Each vacancy has its own copy of the stages. */
@Entity
@Table(name = "vacancy_stage")
public class Stage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    public int sortOrder;

    public String name;

    @Enumerated(EnumType.STRING)
    public StagePhase phase;

    public static List<Stage> listForVacancy(long vacancyId) {
        return list("vacancy.id", Sort.by("sortOrder"), vacancyId);
    }

    public static Stage firstOf(long vacancyId) {
        return find("vacancy.id", Sort.by("sortOrder"), vacancyId).firstResult();
    }
}
