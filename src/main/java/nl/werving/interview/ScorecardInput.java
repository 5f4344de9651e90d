package nl.werving.interview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.core.MultivaluedMap;

import nl.werving.web.FormErrors;

/**
 * What an interviewer entered on the scorecard form, whose fields are named after the kit: {@code situation-7},
 * {@code rating-q7} for question 7, {@code rating-c2} for competency 2.
 */
public record ScorecardInput(Map<Long, Answer> answers, Map<Long, Integer> competencyRatings,
        @NotNull(groups = Submitted.class, message = "{interview.recommendation.required}") Recommendation recommendation,
        @Size(max = ScorecardInput.TEXT_MAX, message = "{werving.size.max}") String notes, Long version, boolean submit) {

    public static final int TEXT_MAX = 4000;

    /** The rules that count when the scorecard is submitted, not when a draft is saved. */
    public interface Submitted {
    }

    /** The candidate's answer to one question as Situation, Task, Action, Result, and its rating. */
    public record Answer(@Size(max = TEXT_MAX, message = "{werving.size.max}") String situation,
            @Size(max = TEXT_MAX, message = "{werving.size.max}") String task,
            @Size(max = TEXT_MAX, message = "{werving.size.max}") String action,
            @Size(max = TEXT_MAX, message = "{werving.size.max}") String result,
            @Min(value = 1, message = "{interview.rating.scale}") @Max(value = 5, message = "{interview.rating.scale}") Integer rating) {

        static final Answer NONE = new Answer(null, null, null, null, null);

        /** A rating stands on what the candidate did and achieved, not on the situation alone. */
        @AssertTrue(message = "{interview.answer.evidence.required}")
        public boolean isBackedByEvidence() {
            return rating == null || filled(action) && filled(result);
        }
    }

    /** A competency's rating as the form gave it, with the competency's name for the message. */
    @RatingGiven(groups = Submitted.class)
    public record CompetencyRating(String competency,
            @Min(value = 1, message = "{interview.rating.scale}") @Max(value = 5, message = "{interview.rating.scale}") Integer rating) {
    }

    /** The form as stored: what the interviewer sees when opening the scorecard again. */
    public static ScorecardInput of(Scorecards.Sheet sheet) {
        Scorecard scorecard = sheet.scorecard();
        Map<Long, Answer> answers = new HashMap<>();
        Map<Long, Integer> competencyRatings = new HashMap<>();
        for (ChosenCompetency competency : sheet.kit()) {
            Integer rating = scorecard.competencyRating(competency.id());
            if (rating != null) {
                competencyRatings.put(competency.id(), rating);
            }
            for (InterviewQuestion question : competency.questions()) {
                NoteText note = sheet.note(question.id);
                answers.put(question.id, new Answer(note == null ? null : note.situation(), note == null ? null : note.task(),
                        note == null ? null : note.action(), note == null ? null : note.result(),
                        scorecard.rating(competency.id(), question.id)));
            }
        }
        return new ScorecardInput(answers, competencyRatings, scorecard.recommendation,
                sheet.general() == null ? null : sheet.general().notes(), scorecard.version, false);
    }

    /**
     * Reads the form for the interview's questions; values that are not a number 1–5 are kept as {@code 0} so validation
     * names them.
     */
    public static ScorecardInput read(MultivaluedMap<String, String> form, List<ChosenCompetency> kit) {
        Map<Long, Answer> answers = new HashMap<>();
        Map<Long, Integer> competencyRatings = new HashMap<>();
        for (ChosenCompetency competency : kit) {
            Integer rating = rating(form.getFirst("rating-c" + competency.id()));
            if (rating != null) {
                competencyRatings.put(competency.id(), rating);
            }
            for (InterviewQuestion question : competency.questions()) {
                long id = question.id;
                answers.put(id, new Answer(text(form, "situation-" + id), text(form, "task-" + id), text(form, "action-" + id),
                        text(form, "result-" + id), rating(form.getFirst("rating-q" + id))));
            }
        }
        Recommendation recommendation = null;
        String chosen = form.getFirst("recommendation");
        if (filled(chosen)) {
            try {
                recommendation = Recommendation.valueOf(chosen);
            } catch (IllegalArgumentException e) {
                recommendation = null;
            }
        }
        Long version = null;
        try {
            version = Long.valueOf(form.getFirst("version"));
        } catch (NumberFormatException e) {
            version = null;
        }
        return new ScorecardInput(answers, competencyRatings, recommendation, text(form, "notes"), version,
                "submit".equals(form.getFirst("intent")));
    }

    /**
     * The rules of a scorecard, with messages next to the fields they concern; a submitted one must be complete: a
     * rating for every competency the interview asks about.
     */
    public FormErrors validate(Validator validator, List<ChosenCompetency> kit, String language) {
        Class<?>[] groups = submit ? new Class<?>[] { Default.class, Submitted.class } : new Class<?>[] { Default.class };
        FormErrors errors = FormErrors.none();
        for (ChosenCompetency competency : kit) {
            for (InterviewQuestion question : competency.questions()) {
                errors.addAll(validator.validate(answers.getOrDefault(question.id, Answer.NONE)), field -> "answer-" + question.id);
            }
            CompetencyRating rating = new CompetencyRating(competency.name().in(language), competencyRatings.get(competency.id()));
            errors.addAll(validator.validate(rating, groups), field -> "rating-c" + competency.id());
        }
        return errors.addAll(validator.validate(this, groups), UnaryOperator.identity());
    }

    /** The same input saved as a draft, whichever button was named. */
    public ScorecardInput asDraft() {
        return new ScorecardInput(answers, competencyRatings, recommendation, notes, version, false);
    }

    /** The input with the ratings of answers that lack Action or Result left out, and all text kept. */
    public ScorecardInput withoutUnbackedRatings() {
        Map<Long, Answer> backed = new HashMap<>();
        answers.forEach((id, answer) -> backed.put(id, answer.isBackedByEvidence() ? answer
                : new Answer(answer.situation(), answer.task(), answer.action(), answer.result(), null)));
        return new ScorecardInput(backed, competencyRatings, recommendation, notes, version, submit);
    }

    public Answer answer(long questionId) {
        return answers.get(questionId);
    }

    public Integer competencyRating(long competencyId) {
        return competencyRatings.get(competencyId);
    }

    private static Integer rating(String value) {
        if (!filled(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return filled(value) ? value.strip() : null;
    }

    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
