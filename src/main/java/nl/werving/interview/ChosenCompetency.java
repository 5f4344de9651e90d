package nl.werving.interview;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.werving.web.LocalizedText;

/**
 * A competency of the kit with the questions one interview asks about it: what its scorecard shows and rates. It
 * reads like the competency itself, so a page that listed the kit lists the interview's part of it unchanged.
 */
public record ChosenCompetency(Competency competency, List<InterviewQuestion> questions) {

    /**
     * The interview's part of the kit, in kit order: the competencies it asks about, each with only its chosen
     * questions (also those retired from the kit since). Without chosen questions, planned before interviews had
     * their own, the whole kit.
     */
    static List<ChosenCompetency> of(List<Competency> kit, List<InterviewQuestion> chosen) {
        if (chosen.isEmpty()) {
            return kit.stream().map(c -> new ChosenCompetency(c, c.questions)).toList();
        }
        Map<Long, List<InterviewQuestion>> byCompetency = chosen.stream().sorted(Comparator.comparingInt(q -> q.sortOrder))
                .collect(Collectors.groupingBy(q -> q.competency.id));
        return kit.stream().filter(c -> byCompetency.containsKey(c.id))
                .map(c -> new ChosenCompetency(c, byCompetency.get(c.id))).toList();
    }

    public Long id() {
        return competency.id;
    }

    public int sortOrder() {
        return competency.sortOrder;
    }

    public LocalizedText name() {
        return competency.name;
    }

    public LocalizedText description() {
        return competency.description;
    }

    public LocalizedText anchor1() {
        return competency.anchor1;
    }

    public LocalizedText anchor3() {
        return competency.anchor3;
    }

    public LocalizedText anchor5() {
        return competency.anchor5;
    }

    /** The behaviour that earns a level; 2 and 4 lie between the described levels. */
    public String anchor(int level, String language) {
        return competency.anchor(level, language);
    }
}
