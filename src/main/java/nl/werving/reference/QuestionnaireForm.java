package nl.werving.reference;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedMap;

import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;
import nl.werving.web.OneOf;

/**
 * A referee's answers: per topic a score from 1 to 5 or "cannot judge" ({@code 0}) and an optional comment, whether
 * they would work with the candidate again, anything else they want to add, and whether the candidate may have a copy
 * of it all (unticked unless they tick it; never required).
 */
public record QuestionnaireForm(Map<ReferenceTopic, String> scores, Map<ReferenceTopic, String> comments,
        @OneOf(value = WorkAgain.class, message = "{reference.workAgain.required}") String wouldWorkAgain,
        @Size(max = QuestionnaireForm.REMARKS_MAX, message = "{werving.size.max}") String remarks, boolean shareWithCandidate) {

    public static final int COMMENT_MAX = 2000;
    public static final int REMARKS_MAX = 4000;
    /** The value of "cannot judge" in the score choice. */
    public static final String CANNOT_JUDGE = "0";

    /** One topic's answer; its fields are {@code score-<topic>} and {@code comment-<topic>} on the page. */
    record TopicAnswer(@Pattern(regexp = "[0-5]", message = "{reference.score.required}") String score,
            @Size(max = COMMENT_MAX, message = "{werving.size.max}") String comment) {
    }

    public static QuestionnaireForm empty() {
        return new QuestionnaireForm(new EnumMap<>(ReferenceTopic.class), new EnumMap<>(ReferenceTopic.class), "", "", false);
    }

    public static QuestionnaireForm from(MultivaluedMap<String, String> form) {
        Map<ReferenceTopic, String> scores = new EnumMap<>(ReferenceTopic.class);
        Map<ReferenceTopic, String> comments = new EnumMap<>(ReferenceTopic.class);
        for (ReferenceTopic topic : ReferenceTopic.values()) {
            scores.put(topic, FormFields.text(form, "score-" + topic.name()));
            comments.put(topic, FormFields.text(form, "comment-" + topic.name()));
        }
        return new QuestionnaireForm(scores, comments, FormFields.text(form, "wouldWorkAgain"), FormFields.text(form, "remarks"),
                "true".equals(FormFields.text(form, "shareWithCandidate")));
    }

    public String score(ReferenceTopic topic) {
        return scores.getOrDefault(topic, "");
    }

    /** Whether this score ({@code 0} for "cannot judge") is the one chosen, to keep the choice when the form comes back. */
    public boolean isScore(ReferenceTopic topic, int score) {
        return String.valueOf(score).equals(score(topic));
    }

    public String comment(ReferenceTopic topic) {
        return comments.getOrDefault(topic, "");
    }

    /** The score as stored: 1–5, or {@code null} for "cannot judge". */
    Integer scoreValue(ReferenceTopic topic) {
        String score = score(topic);
        return CANNOT_JUDGE.equals(score) ? null : Integer.valueOf(score);
    }

    WorkAgain workAgain() {
        return FormFields.choice(WorkAgain.class, wouldWorkAgain);
    }

    /** Messages per field in the referee's language; empty when the answers can be saved. */
    public FormErrors validate(Validator validator) {
        FormErrors errors = FormErrors.none();
        for (ReferenceTopic topic : ReferenceTopic.values()) {
            errors.addAll(validator.validate(new TopicAnswer(score(topic), comment(topic))), field -> field + "-" + topic.name());
        }
        return errors.addAll(validator.validate(this), UnaryOperator.identity());
    }
}
