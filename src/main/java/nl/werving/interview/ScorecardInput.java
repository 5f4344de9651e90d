package nl.werving.interview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.werving.web.FormErrors;

/**
 * What an interviewer entered on the scorecard form, whose fields are named after the kit: {@code situation-7},
 * {@code rating-q7} for question 7, {@code rating-c2} for competency 2.
 */
public record ScorecardInput(Map<Long, Answer> answers, Map<Long, Integer> competencyRatings, Recommendation recommendation,
        String notes, Long version, boolean submit) {

    public static final int TEXT_MAX = 4000;

    /** The candidate's answer to one question as Situation, Task, Action, Result, and its rating. */
    public record Answer(String situation, String task, String action, String result, Integer rating) {

        boolean hasEvidence() {
            return filled(action) && filled(result);
        }
    }

    /** The form as stored: what the interviewer sees when opening the scorecard again. */
    public static ScorecardInput of(Scorecards.Sheet sheet) {
        Scorecard scorecard = sheet.scorecard();
        Map<Long, Answer> answers = new HashMap<>();
        Map<Long, Integer> competencyRatings = new HashMap<>();
        for (Competency competency : sheet.kit()) {
            Integer rating = scorecard.competencyRating(competency.id);
            if (rating != null) {
                competencyRatings.put(competency.id, rating);
            }
            for (InterviewQuestion question : competency.questions) {
                ScorecardNote note = sheet.note(question.id);
                answers.put(question.id, new Answer(note == null ? null : note.situation, note == null ? null : note.task,
                        note == null ? null : note.action, note == null ? null : note.result, scorecard.rating(competency.id, question.id)));
            }
        }
        return new ScorecardInput(answers, competencyRatings, scorecard.recommendation,
                sheet.general() == null ? null : sheet.general().notes, scorecard.version, false);
    }

    /** Reads the form for the given kit; values that are not a number 1–5 are kept as {@code 0} so validation names them. */
    public static ScorecardInput read(MultivaluedMap<String, String> form, List<Competency> kit) {
        Map<Long, Answer> answers = new HashMap<>();
        Map<Long, Integer> competencyRatings = new HashMap<>();
        for (Competency competency : kit) {
            Integer rating = rating(form.getFirst("rating-c" + competency.id));
            if (rating != null) {
                competencyRatings.put(competency.id, rating);
            }
            for (InterviewQuestion question : competency.questions) {
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

    /** The rules of a scorecard, with messages next to the fields they concern. */
    public FormErrors check(List<Competency> kit, InterviewMessages messages, String language) {
        FormErrors errors = FormErrors.none();
        for (Competency competency : kit) {
            for (InterviewQuestion question : competency.questions) {
                Answer answer = answers.getOrDefault(question.id, new Answer(null, null, null, null, null));
                String field = "answer-" + question.id;
                if (tooLong(answer.situation()) || tooLong(answer.task()) || tooLong(answer.action()) || tooLong(answer.result())) {
                    errors.add(field, messages.textTooLong(TEXT_MAX));
                } else if (answer.rating() != null && !onScale(answer.rating())) {
                    errors.add(field, messages.ratingOnScale());
                } else if (answer.rating() != null && !answer.hasEvidence()) {
                    errors.add(field, messages.evidenceRequired());
                }
            }
            Integer rating = competencyRatings.get(competency.id);
            String field = "rating-c" + competency.id;
            if (rating != null && !onScale(rating)) {
                errors.add(field, messages.ratingOnScale());
            } else if (submit && rating == null) {
                errors.add(field, messages.competencyRatingRequired(competency.name.in(language)));
            }
        }
        if (tooLong(notes)) {
            errors.add("notes", messages.textTooLong(TEXT_MAX));
        }
        if (submit && recommendation == null) {
            errors.add("recommendation", messages.recommendationRequired());
        }
        return errors;
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

    private static boolean onScale(int rating) {
        return rating >= 1 && rating <= 5;
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return filled(value) ? value.strip() : null;
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > TEXT_MAX;
    }

    static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
