package nl.werving.screening;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werving.pipeline.Application;
import nl.werving.pipeline.FactScope;
import nl.werving.vacancy.Language;
import nl.werving.web.Filters;
import nl.werving.web.LocalizedText;

/** Knock-outs counted for reports, from the rule an application names: anonymous facts that outlive the purge. */
@ApplicationScoped
public class KnockoutFacts {

    /** Which screening question decided a knock-out; a ready-made question has its kind and no text. */
    public record KnockoutCount(ScreeningKind kind, Language language, LocalizedText text, long count) {
    }

    /** Knock-outs that ended an application in the period, by question, the most frequent first. One statement. */
    public List<KnockoutCount> knockouts(FactScope scope) {
        Filters filters = scope.where("a.ended_at").always("a.knockout_rule_id is not null");
        String sql = """
                select q.kind, q.language_code, q.text_nl, q.text_en, q.text_fr, count(*)
                from application a join vacancy v on v.id = a.vacancy_id
                    join knockout_rule k on k.id = a.knockout_rule_id join screening_question q on q.id = k.question_id
                %s
                group by q.kind, q.language_code, q.text_nl, q.text_en, q.text_fr
                order by count(*) desc, q.kind""".formatted(filters.where());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filters.bind(Application.getEntityManager().createNativeQuery(sql)).getResultList();
        return rows.stream()
                .map(row -> new KnockoutCount(ScreeningKind.valueOf((String) row[0]), row[1] == null ? null : Language.valueOf((String) row[1]),
                        row[2] == null ? null : new LocalizedText((String) row[2], (String) row[3], (String) row[4]),
                        ((Number) row[5]).longValue()))
                .toList();
    }
}
