package nl.werving.messaging;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import nl.werving.web.LocalizedText;

/**
 * A message an admin wrote once for recruiters to send many times: name, subject and body in Dutch, English and French,
 * with placeholders ({@link Placeholder}) filled in per candidate. A language without its own text gets the Dutch one.
 */
@Entity
public class MessageTemplate extends PanacheEntity {

    @AttributeOverride(name = "nl", column = @Column(name = "name_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    public LocalizedText name;

    @AttributeOverride(name = "nl", column = @Column(name = "subject_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "subject_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "subject_fr"))
    public LocalizedText subject;

    @AttributeOverride(name = "nl", column = @Column(name = "body_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "body_fr"))
    public LocalizedText body;

    @Version
    public long version;

    public static List<MessageTemplate> listByName() {
        return listAll(Sort.by("name.nl").and("id"));
    }
}
