package nl.werving.pipeline;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.web.LocalizedText;

/** A reason a recruiter picks when rejecting; kept as a fact for the rejection-reasons report. */
@Entity
public class RejectionReason extends PanacheEntity {

    /** "Does not meet the requirements": the outcome of a knock-out rule (V29), not offered for manual rejections. */
    public static final long KNOCKOUT = 900;

    @AttributeOverride(name = "nl", column = @Column(name = "label_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "label_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "label_fr"))
    public LocalizedText label;

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
}
