package nl.werving.pipeline;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/** A reason a recruiter picks when rejecting; kept as a fact for the rejection-reasons report. */
@Entity
public class RejectionReason extends PanacheEntity {

    public String labelNl;
    public String labelEn;
    public String labelFr;
    public int sortOrder;
    public boolean active;

    @Version
    public long version;

    public static List<RejectionReason> listActive() {
        return list("active", Sort.by("sortOrder").and("id"), true);
    }

    public static long countActive() {
        return count("active", true);
    }

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> labelEn;
            case "fr" -> labelFr;
            default -> labelNl;
        };
    }
}
