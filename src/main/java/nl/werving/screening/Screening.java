package nl.werving.screening;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.werving.screening.ScreeningKind.AnswerType;
import nl.werving.web.FormErrors.FieldError;

/** The records the screening pages, the apply form and the status page show; none of them can lazy-load. */
public final class Screening {

    private Screening() {
    }

    /** A question as the apply form asks it, in the visitor's language, with what they answered so far. */
    public record AskedQuestion(long id, String text, AnswerType type, List<Choice> choices, String value, boolean optional,
            String help) {

        /** The form field's name: one per question, so a radio group is one field. */
        public String getField() {
            return "q" + id;
        }
    }

    /** One answer the form offers: what is sent and what the candidate reads. */
    public record Choice(String value, String label) {
    }

    /**
     * The screening part of one posted apply form: the answers as checked values by question, the messages beside
     * questions that were not answered as allowed (labelled with the question for the form's summary), and the texts the
     * candidate read (kept with their answers).
     */
    public record Answers(Map<Long, String> values, Map<Long, String> shown, Map<Long, String> questionTexts,
            List<FieldError> errors) {

        public static final Answers NONE = new Answers(Map.of(), Map.of(), Map.of(), List.of());

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    /** The rules that failed, in the rules' order, and the version in force; none when the answers passed. */
    public record Verdict(List<Long> ruleIds, Integer ruleVersion) {

        public static final Verdict PASSED = new Verdict(List.of(), null);

        public boolean knockedOut() {
            return !ruleIds.isEmpty();
        }
    }

    /** A knock-out recorded on one of a candidate's applications, for their data copy. */
    public record RecordedKnockout(String vacancyTitle, String requirements, int ruleVersion, Instant reviewRequestedAt) {
    }

    /** A knock-out on the candidate's status page: which requirement, and whether a person's review was asked. */
    public record KnockoutNotice(long applicationId, String requirement, Instant reviewRequestedAt, boolean reviewable) {
    }

    /** A question on the back-office page. */
    public record QuestionRow(long id, ScreeningKind kind, String text, boolean usedByRule) {

        /** The id as a rule row holds it. */
        public String getKey() {
            return String.valueOf(id);
        }
    }

    /** A ready-made question the vacancy's fields suggest, with the rule that goes with it. */
    public record ReadyMade(ScreeningKind kind, String language, String text, String rule) {
    }

    /** One row of the rules editor, as shown or as posted. */
    public record RuleRow(String question, String operator, String value) {
    }

    /** A knocked-out application on the back-office page, with its mail's state so it can be undone in time. */
    public record KnockedOut(long applicationId, long candidateId, String candidateName, String requirement, int ruleVersion,
            Instant endedAt, Instant mailAt, boolean mailSent) {
    }

    /** A candidate who asked for a person's review of their knock-out, still waiting for it. */
    public record ReviewRequest(long applicationId, long candidateId, String candidateName, String requirement,
            Instant requestedAt) {
    }

    /** An earlier version of the rules. */
    public record Version(int number, Instant createdAt, int rules) {
    }
}
