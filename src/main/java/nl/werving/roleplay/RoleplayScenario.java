package nl.werving.roleplay;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A difficult customer contact to play out: what the candidate is told, and how the colleague plays the customer. */
@Entity
public class RoleplayScenario extends PanacheEntity {

    public int sortOrder;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String titleNl;
    public String titleEn;
    public String candidateBriefNl;
    public String candidateBriefEn;
    public String actorBriefNl;
    public String actorBriefEn;
    public boolean active;

    @Version
    public long version;

    public static List<RoleplayScenario> listActive() {
        return list("active = true order by sortOrder, id");
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNl;
    }

    public String candidateBrief(String language) {
        return "en".equals(language) ? candidateBriefEn : candidateBriefNl;
    }

    public String actorBrief(String language) {
        return "en".equals(language) ? actorBriefEn : actorBriefNl;
    }
}
