package nl.werving.screening;

import io.quarkus.qute.TemplateEnum;

/**
 * What a screening question asks. The first ones are ready-made from the vacancy's own fields, with texts built in; the
 * last four are the recruiter's own.
 */
@TemplateEnum
public enum ScreeningKind {
    WEEKEND(AnswerType.YES_NO, true),
    EVENING(AnswerType.YES_NO, true),
    SHIFTS(AnswerType.YES_NO, true),
    HOURS(AnswerType.NUMBER, true),
    LANGUAGE(AnswerType.LEVEL, true),
    START_DATE(AnswerType.DATE, true),
    TRAVEL(AnswerType.YES_NO, true),
    YES_NO(AnswerType.YES_NO, false),
    ONE_CHOICE(AnswerType.CHOICE, false),
    NUMBER(AnswerType.NUMBER, false),
    SHORT_TEXT(AnswerType.TEXT, false);

    /** The shape of an answer, which decides the field on the form and the rules that can judge it. */
    @TemplateEnum
    public enum AnswerType {
        YES_NO, CHOICE, NUMBER, LEVEL, DATE, TEXT
    }

    public final AnswerType answer;
    public final boolean readyMade;

    ScreeningKind(AnswerType answer, boolean readyMade) {
        this.answer = answer;
        this.readyMade = readyMade;
    }

    public boolean isReadyMade() {
        return readyMade;
    }

    public AnswerType getAnswer() {
        return answer;
    }
}
