package nl.werving.survey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the candidate experience survey: the mail, the page and its messages. */
@MessageBundle("survey")
public interface SurveyMessages {

    @Message
    String mailSubject(String company);

    @Message
    String mailGreeting(String name);

    @Message
    String mailIntro(String vacancyTitle, String company);

    @Message
    String mailAnonymous(int minimum);

    @Message
    String mailButton();

    @Message
    String mailValidUntil(String date);

    @Message
    String title();

    @Message
    String lead(String vacancyTitle);

    @Message
    String anonymous(int minimum);

    @Message
    String npsQuestion(String company);

    @Message
    String npsLow();

    @Message
    String npsHigh();

    @Message
    String statementsLegend();

    @Message
    String question(SurveyQuestion question);

    @Message
    String scaleLow();

    @Message
    String scaleHigh();

    @Message
    String comment();

    @Message
    String commentHelp(int max);

    @Message
    String send();

    @Message
    String npsRequired();

    @Message
    String answerRequired(SurveyQuestion question);

    @Message
    String commentTooLong(int max);

    @Message
    String thanksTitle();

    @Message
    String thanksText();

    @Message
    String toJobs();

    @Message
    String goneTitle();

    @Message
    String goneText();

    @Message
    String expiredText();
}
