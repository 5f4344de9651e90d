package nl.werving.interview;

import nl.werving.web.FormErrors;
import nl.werving.web.RuleViolation;

/** The planning rules the service enforces, as messages next to the fields they concern. */
final class InterviewFormErrors {

    private InterviewFormErrors() {
    }

    static void add(FormErrors errors, RuleViolation violation, InterviewMessages messages) {
        switch (violation.code()) {
            case "interview-in-past" -> errors.add("date", messages.inThePast());
            case "interview-place" -> errors.add("location", messages.placeRequired());
            case "interviewer-invalid" -> errors.add("interviewerIds", messages.interviewerInvalid());
            case "interviewer-has-scorecard" -> errors.add("interviewerIds", messages.interviewerHasScorecard());
            case "interview-questions-count" -> errors.add("questionIds", messages.questionsCount());
            case "interview-question-invalid" -> errors.add("questionIds", messages.questionInvalid());
            case "interview-question-answered" -> errors.add("questionIds", messages.questionAnswered());
            default -> throw violation;
        }
    }
}
