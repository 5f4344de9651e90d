package nl.werving.interview;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * Something an interview assesses, with a 1–5 scale described in behaviour at levels 1, 3 and 5. Rows without a
 * vacancy form the default kit; a vacancy works on its own copy, so changing it never rewrites past interviews.
 */
@Entity
public class Competency extends PanacheEntity {

    public Long vacancyId;
    public int sortOrder;
    public String nameNl;
    public String nameEn;
    public String descriptionNl;
    public String descriptionEn;
    public String anchor1Nl;
    public String anchor1En;
    public String anchor3Nl;
    public String anchor3En;
    public String anchor5Nl;
    public String anchor5En;

    @OneToMany(mappedBy = "competency", cascade = CascadeType.REMOVE)
    @OrderBy("sortOrder")
    public List<InterviewQuestion> questions = new ArrayList<>();

    /** A kit with its questions in one query: the default kit for {@code null}. */
    public static List<Competency> kit(Long vacancyId) {
        return find("select distinct c from Competency c left join fetch c.questions where "
                + (vacancyId == null ? "c.vacancyId is null" : "c.vacancyId = ?1") + " order by c.sortOrder",
                vacancyId == null ? new Object[0] : new Object[] { vacancyId }).list();
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameNl;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionNl;
    }

    /** The behaviour that earns a level; 2 and 4 lie between the described levels. */
    public String anchor(int level, String language) {
        boolean english = "en".equals(language);
        return switch (level) {
            case 1 -> english ? anchor1En : anchor1Nl;
            case 3 -> english ? anchor3En : anchor3Nl;
            case 5 -> english ? anchor5En : anchor5Nl;
            default -> null;
        };
    }

    Competency copyFor(long vacancy) {
        Competency copy = new Competency();
        copy.vacancyId = vacancy;
        copy.sortOrder = sortOrder;
        copy.nameNl = nameNl;
        copy.nameEn = nameEn;
        copy.descriptionNl = descriptionNl;
        copy.descriptionEn = descriptionEn;
        copy.anchor1Nl = anchor1Nl;
        copy.anchor1En = anchor1En;
        copy.anchor3Nl = anchor3Nl;
        copy.anchor3En = anchor3En;
        copy.anchor5Nl = anchor5Nl;
        copy.anchor5En = anchor5En;
        return copy;
    }

    public static long countForVacancy(long vacancyId) {
        return count("vacancyId", vacancyId);
    }
}
