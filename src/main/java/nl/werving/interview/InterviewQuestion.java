package nl.werving.interview;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A question of the kit that probes one competency. */
@Entity
public class InterviewQuestion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Competency competency;

    public int sortOrder;

    @Enumerated(EnumType.STRING)
    public QuestionKind kind;

    public String textNl;
    public String textEn;

    public String text(String language) {
        return "en".equals(language) ? textEn : textNl;
    }

    InterviewQuestion copyFor(Competency owner) {
        InterviewQuestion copy = new InterviewQuestion();
        copy.competency = owner;
        copy.sortOrder = sortOrder;
        copy.kind = kind;
        copy.textNl = textNl;
        copy.textEn = textEn;
        return copy;
    }
}
