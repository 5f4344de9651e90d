package nl.werving.candidate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/**
 * A tag on the admins' list, shared by the whole team. It says nothing about a person by itself; only its links to
 * candidates ({@link CandidateTag}) do.
 */
@Entity
public class Tag extends PanacheEntity {

    /** The longest name or free tag text. */
    public static final int NAME_MAX = 40;

    public String name;

    /** The name compared without case and surrounding blanks: two tags may not share it. */
    public String nameKey;

    @Enumerated(EnumType.STRING)
    public TagColour colour;

    @Version
    public long version;

    /** How a name or a free tag text is compared. */
    public static String keyOf(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static List<Tag> listByName() {
        return listAll(Sort.by("nameKey"));
    }

    public static Optional<Tag> findByKey(String key) {
        return find("nameKey", key).firstResultOptional();
    }
}
