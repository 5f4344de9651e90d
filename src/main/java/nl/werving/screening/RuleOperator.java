package nl.werving.screening;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateEnum;
import nl.werving.screening.ScreeningKind.AnswerType;

/** How a knock-out rule judges an answer: plain comparisons the recruiter writes, never a score. */
@TemplateEnum
public enum RuleOperator {
    /** Fails when the answer is this one (yes/no, or an excluded option). */
    ANSWER_IS(List.of(AnswerType.YES_NO, AnswerType.CHOICE)),
    /** Fails when the number is below the value (hours per week, years of experience). */
    LESS_THAN(List.of(AnswerType.NUMBER)),
    /** Fails when the number is above the value. */
    MORE_THAN(List.of(AnswerType.NUMBER)),
    /** Fails when the candidate's own level is below the CEFR level. */
    LEVEL_BELOW(List.of(AnswerType.LEVEL)),
    /** Fails when the candidate can start only after the date. */
    LATER_THAN(List.of(AnswerType.DATE));

    private final List<AnswerType> judges;

    RuleOperator(List<AnswerType> judges) {
        this.judges = judges;
    }

    public boolean judges(AnswerType type) {
        return judges.contains(type);
    }

    /** Whether an answer (as the form sends it, already checked against the question) fails the rule's value. */
    boolean fails(String answer, String value) {
        if (answer == null || answer.isEmpty()) {
            return false;
        }
        return switch (this) {
            case ANSWER_IS -> answer.equals(value);
            case LESS_THAN -> Integer.parseInt(answer) < Integer.parseInt(value);
            case MORE_THAN -> Integer.parseInt(answer) > Integer.parseInt(value);
            case LEVEL_BELOW -> SelfAssessedLevel.valueOf(answer).ordinal() < SelfAssessedLevel.valueOf(value).ordinal();
            case LATER_THAN -> LocalDate.parse(answer).isAfter(LocalDate.parse(value));
        };
    }
}
