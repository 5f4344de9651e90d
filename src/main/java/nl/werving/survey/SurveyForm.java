package nl.werving.survey;

import java.util.EnumMap;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;

/**
 * A candidate's answers as typed: the 0–10 recommendation ({@code nps}), each statement 1–5 (its field is the
 * question's lower-case name) and an optional comment. Checked here rather than with Bean Validation: the page speaks
 * the candidate's language, which the validator (reading the request's Accept-Language) does not know.
 */
public record SurveyForm(String nps, Map<SurveyQuestion, String> answers, String comment) {

    public static final int COMMENT_MAX = 1000;

    public static SurveyForm empty() {
        return new SurveyForm("", new EnumMap<>(SurveyQuestion.class), "");
    }

    public static SurveyForm from(MultivaluedMap<String, String> fields) {
        Map<SurveyQuestion, String> answers = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion question : SurveyQuestion.values()) {
            answers.put(question, FormFields.text(fields, question.field()));
        }
        return new SurveyForm(FormFields.text(fields, "nps"), answers, FormFields.lines(FormFields.text(fields, "comment")));
    }

    public int commentMax() {
        return COMMENT_MAX;
    }

    public String answer(SurveyQuestion question) {
        return answers.getOrDefault(question, "");
    }

    /** Whether this value is the one chosen, to keep the choice when the form comes back. */
    public boolean isAnswer(SurveyQuestion question, int value) {
        return String.valueOf(value).equals(answer(question));
    }

    public boolean isNps(int value) {
        return String.valueOf(value).equals(nps);
    }

    /** Messages per field in the candidate's language; empty when the answers can be stored. */
    public FormErrors validate(SurveyMessages messages) {
        FormErrors errors = FormErrors.none();
        if (score(nps, 0, 10) == null) {
            errors.add("nps", messages.npsRequired());
        }
        for (SurveyQuestion question : SurveyQuestion.values()) {
            if (score(answer(question), 1, 5) == null) {
                errors.add(question.field(), messages.answerRequired(question));
            }
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            errors.add("comment", messages.commentTooLong(COMMENT_MAX));
        }
        return errors;
    }

    /** The answers to store; only after {@link #validate} found nothing. */
    Answers toAnswers() {
        return new Answers(score(nps, 0, 10), score(answer(SurveyQuestion.CLARITY), 1, 5), score(answer(SurveyQuestion.SPEED), 1, 5),
                score(answer(SurveyQuestion.RESPECT), 1, 5), FormFields.blankToNull(comment));
    }

    record Answers(int nps, int clarity, int speed, int respect, String comment) {
    }

    private static Integer score(String value, int min, int max) {
        if (value == null || !value.matches("\\d{1,2}")) {
            return null;
        }
        int score = Integer.parseInt(value);
        return score >= min && score <= max ? score : null;
    }
}
