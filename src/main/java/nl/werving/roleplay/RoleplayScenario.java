package nl.werving.roleplay;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.web.LocalizedText;

/** A difficult customer contact to play out: what the candidate is told, and how the colleague plays the customer. */
@Entity
public class RoleplayScenario extends PanacheEntity {

    public int sortOrder;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    // No French wording yet: each text maps French onto its Dutch column, read only, so French readers get the Dutch text.
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_nl", insertable = false, updatable = false))
    public LocalizedText title;

    /** What the candidate is told. */
    @AttributeOverride(name = "nl", column = @Column(name = "candidate_brief_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "candidate_brief_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "candidate_brief_nl", insertable = false, updatable = false))
    public LocalizedText candidateBrief;

    /** How the colleague plays the customer. */
    @AttributeOverride(name = "nl", column = @Column(name = "actor_brief_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "actor_brief_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "actor_brief_nl", insertable = false, updatable = false))
    public LocalizedText actorBrief;

    public boolean active;

    @Version
    public long version;

    public static List<RoleplayScenario> listActive() {
        return list("active = true order by sortOrder, id");
    }
}
