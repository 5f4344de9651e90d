package nl.werving.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateEnum;

/**
 * The kind of interview, which decides the questions offered first. A kit lists its competencies with the core of the
 * job first (communication, customer focus), so the defaults take competencies in kit order: a phone screen asks one
 * question about each of the first four, a role-play debrief asks what the candidate would do (situational questions)
 * about the first five, a final interview asks one question about every competency, up to eight.
 */
@TemplateEnum
public enum InterviewKind {
    PHONE_SCREEN(4, QuestionKind.BEHAVIOURAL),
    ROLEPLAY_DEBRIEF(5, QuestionKind.SITUATIONAL),
    FINAL(8, QuestionKind.BEHAVIOURAL);

    /** An interview of 45 minutes leaves room for four to eight questions with follow-up. */
    public static final int FEWEST = 4;
    public static final int MOST = 8;

    private final int questions;
    private final QuestionKind preferred;

    InterviewKind(int questions, QuestionKind preferred) {
        this.questions = questions;
        this.preferred = preferred;
    }

    /**
     * The questions to offer first: one per competency in kit order, of the preferred kind where the competency has
     * one; a kit with fewer competencies gives further questions of the same competencies, up to the same number.
     */
    public List<Long> defaults(List<Competency> kit) {
        List<Long> chosen = new ArrayList<>();
        List<Competency> asked = kit.stream().filter(c -> !c.questions.isEmpty()).limit(questions).toList();
        for (Competency competency : asked) {
            chosen.add(competency.questions.stream().filter(q -> q.kind == preferred).findFirst()
                    .orElse(competency.questions.get(0)).id);
        }
        int target = questions;
        boolean added = true;
        while (chosen.size() < target && added) {
            added = false;
            for (Competency competency : asked) {
                Optional<InterviewQuestion> next = competency.questions.stream().filter(q -> !chosen.contains(q.id)).findFirst();
                if (next.isPresent() && chosen.size() < target) {
                    chosen.add(next.get().id);
                    added = true;
                }
            }
        }
        return kit.stream().flatMap(c -> c.questions.stream()).map(q -> q.id).filter(chosen::contains).toList();
    }
}
