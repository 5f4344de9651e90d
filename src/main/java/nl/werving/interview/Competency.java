package nl.werving.interview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.SQLRestriction;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.web.LocalizedText;

/**
 * Something an interview assesses, with a 1–5 scale described in behaviour at levels 1, 3 and 5. Rows without a
 * vacancy form the default kit; a vacancy works on its own copy, so changing it never rewrites past interviews.
 */
@Entity
public class Competency extends PanacheEntity {

    public Long vacancyId;
    public int sortOrder;

    // No French wording yet: each text maps French onto its Dutch column, read only, so French readers get the Dutch text.
    @AttributeOverride(name = "nl", column = @Column(name = "name_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_nl", insertable = false, updatable = false))
    public LocalizedText name;

    @AttributeOverride(name = "nl", column = @Column(name = "description_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_nl", insertable = false, updatable = false))
    public LocalizedText description;

    /** The behaviour that earns a 1. */
    @AttributeOverride(name = "nl", column = @Column(name = "anchor1_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "anchor1_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "anchor1_nl", insertable = false, updatable = false))
    public LocalizedText anchor1;

    /** The behaviour that earns a 3. */
    @AttributeOverride(name = "nl", column = @Column(name = "anchor3_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "anchor3_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "anchor3_nl", insertable = false, updatable = false))
    public LocalizedText anchor3;

    /** The behaviour that earns a 5. */
    @AttributeOverride(name = "nl", column = @Column(name = "anchor5_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "anchor5_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "anchor5_nl", insertable = false, updatable = false))
    public LocalizedText anchor5;

    /** The questions of the kit; retired ones stay only on the interviews that ask them. */
    @OneToMany(mappedBy = "competency", cascade = CascadeType.REMOVE)
    @OrderBy("sortOrder")
    @SQLRestriction("not retired")
    public List<InterviewQuestion> questions = new ArrayList<>();

    /** A kit with its questions in one query: the default kit for {@code null}. */
    public static List<Competency> kit(Long vacancyId) {
        return find("select c from Competency c left join fetch c.questions where "
                + (vacancyId == null ? "c.vacancyId is null" : "c.vacancyId = ?1") + " order by c.sortOrder",
                vacancyId == null ? new Object[0] : new Object[] { vacancyId }).list();
    }

    /** The behaviour that earns a level; 2 and 4 lie between the described levels. */
    public String anchor(int level, String language) {
        return switch (level) {
            case 1 -> anchor1.in(language);
            case 3 -> anchor3.in(language);
            case 5 -> anchor5.in(language);
            default -> null;
        };
    }

    Competency copyFor(long vacancy) {
        Competency copy = new Competency();
        copy.vacancyId = vacancy;
        copy.sortOrder = sortOrder;
        copy.name = name;
        copy.description = description;
        copy.anchor1 = anchor1;
        copy.anchor3 = anchor3;
        copy.anchor5 = anchor5;
        return copy;
    }

    public static long countForVacancy(long vacancyId) {
        return count("vacancyId", vacancyId);
    }

    /** These competencies by id, in one query. */
    static Map<Long, Competency> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : Competency.<Competency> list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
    }
}
