package nl.werving.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.vacancy.Vacancy;

/** One version of a vacancy's knock-out rules. A version is never changed: saving the rules writes the next one. */
@Entity
public class KnockoutRuleSet extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    @Column(name = "version_number")
    public int number;

    public Instant createdAt;

    /** The user who saved this version. */
    public Long createdBy;

    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("position")
    public List<KnockoutRule> rules = new ArrayList<>();

    /** The version in force, with its rules and their questions, in one query; empty before the first save. */
    public static Optional<KnockoutRuleSet> current(long vacancyId) {
        return find("""
                select s from KnockoutRuleSet s left join fetch s.rules r left join fetch r.question
                where s.vacancy.id = ?1 and s.number = (select max(o.number) from KnockoutRuleSet o where o.vacancy.id = ?1)""",
                vacancyId).singleResultOptional();
    }

    /** Every version of a vacancy, newest first. */
    public static List<KnockoutRuleSet> history(long vacancyId) {
        return list("vacancy.id = ?1 order by number desc", vacancyId);
    }
}
