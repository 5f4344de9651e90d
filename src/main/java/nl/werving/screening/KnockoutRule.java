package nl.werving.screening;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One plain rule: which answer to which question fails which requirement. */
@Entity
public class KnockoutRule extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public KnockoutRuleSet ruleSet;

    @ManyToOne(fetch = FetchType.LAZY)
    public ScreeningQuestion question;

    @Enumerated(EnumType.STRING)
    public RuleOperator operator;

    @Column(name = "rule_value")
    public String value;

    public int position;

    public boolean fails(String answer) {
        return operator.fails(answer, value);
    }

    /** These rules with their questions and vacancies, by id, in one query. */
    public static Map<Long, KnockoutRule> findWithQuestions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<KnockoutRule> rules = list("""
                select r from KnockoutRule r join fetch r.question q join fetch q.vacancy join fetch r.ruleSet where r.id in ?1""", ids);
        return rules.stream().collect(Collectors.toMap(rule -> rule.id, Function.identity()));
    }
}
