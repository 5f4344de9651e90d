package nl.werving.interview;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.web.LocalizedText;

/** A question of the kit that probes one competency. */
@Entity
public class InterviewQuestion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Competency competency;

    public int sortOrder;

    @Enumerated(EnumType.STRING)
    public QuestionKind kind;

    // No French wording yet: French maps onto the Dutch column, read only, so French readers get the Dutch text.
    @AttributeOverride(name = "nl", column = @Column(name = "text_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "text_nl", insertable = false, updatable = false))
    public LocalizedText text;

    /** Taken out of the kit after interviews were planned with it: they keep it, new plans no longer offer it. */
    public boolean retired;

    /** The questions with their competencies, retired ones included. */
    static List<InterviewQuestion> withCompetency(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("select q from InterviewQuestion q join fetch q.competency where q.id in ?1", ids);
    }

    InterviewQuestion copyFor(Competency owner) {
        InterviewQuestion copy = new InterviewQuestion();
        copy.competency = owner;
        copy.sortOrder = sortOrder;
        copy.kind = kind;
        copy.text = text;
        return copy;
    }

    /** These questions by id, retired ones too, in one query. */
    static Map<Long, InterviewQuestion> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : InterviewQuestion.<InterviewQuestion> list("id in ?1", ids).stream().collect(Collectors.toMap(q -> q.id, q -> q));
    }
}
