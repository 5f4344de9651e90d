package nl.werving.screening;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.LocalizedText;

/**
 * A question on a vacancy's apply form. Ready-made ones take their text from the bundle and the vacancy's fields; the
 * recruiter's own carry their text (and options, one per line) in NL, EN and FR. Deleting only marks it, since answers
 * and older rule versions name it.
 */
@Entity
public class ScreeningQuestion extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    public Vacancy vacancy;

    @Enumerated(EnumType.STRING)
    public ScreeningKind kind;

    /** The language a {@link ScreeningKind#LANGUAGE} question asks about. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language_code")
    public Language language;

    @AttributeOverride(name = "nl", column = @Column(name = "text_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
    public LocalizedText text;

    @AttributeOverride(name = "nl", column = @Column(name = "options_nl"))
    @AttributeOverride(name = "en", column = @Column(name = "options_en"))
    @AttributeOverride(name = "fr", column = @Column(name = "options_fr"))
    public LocalizedText options;

    public int sortOrder;

    public boolean deleted;

    @Version
    public long version;

    /** The vacancy's questions as the form asks them. */
    public static List<ScreeningQuestion> listForVacancy(long vacancyId) {
        return list("vacancy.id = ?1 and deleted = false order by sortOrder, id", vacancyId);
    }

    /** The options of a one-choice question in a language, Dutch where that language has none or too few. */
    public List<String> optionsIn(String language) {
        if (options == null) {
            return List.of();
        }
        List<String> dutch = lines(options.nl());
        List<String> own = lines(options.in(language));
        return own.size() == dutch.size() ? own : dutch;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
