package nl.werving.screening;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of screening questions, knock-outs and their mails, for candidates and recruiters. */
@MessageBundle("screening")
public interface ScreeningMessages {

    @Message
    String questionWeekend();

    @Message
    String questionEvening();

    @Message
    String questionShifts();

    @Message
    String questionHours();

    @Message
    String questionStart();

    @Message
    String questionLanguage(String language);

    @Message
    String questionTravel(String city);

    @Message
    String hoursHelp(int min, int max);

    @Message
    String languageName(nl.werving.vacancy.Language language);

    @Message
    String level(SelfAssessedLevel level);

    @Message
    String yes();

    @Message
    String no();

    @Message
    String chooseOne();

    @Message
    String requirementWeekend();

    @Message
    String requirementEvening();

    @Message
    String requirementShifts();

    @Message
    String requirementHoursAtLeast(int hours);

    @Message
    String requirementHoursAtMost(int hours);

    @Message
    String requirementLanguage(String language, String level);

    @Message
    String requirementStart(String date);

    @Message
    String requirementTravel(String city);

    @Message
    String requirementAtLeast(String question, int value);

    @Message
    String requirementAtMost(String question, int value);

    @Message
    String requirementNot(String question, String answer);

    @Message
    String formTitle();

    @Message
    String formIntro();

    @Message
    String answerRequired();

    @Message
    String answerInvalid();

    @Message
    String numberInvalid(int max);

    @Message
    String dateInvalid();

    @Message
    String textTooLong();

    @Message
    String unmetTitle();

    @Message
    String unmetText(String requirement);

    @Message
    String unmetNext();

    @Message
    String statusUnmet(String requirement);

    @Message
    String statusReviewOffer();

    @Message
    String requestReview();

    @Message
    String reviewRequested(String date);

    @Message
    String reviewConfirmed();

    @Message
    String reviewNotPossible();

    @Message
    String mailSubject(String title);

    @Message
    String mailGreeting(String name);

    @Message
    String mailIntro(String title);

    @Message
    String mailUnmet(String requirement);

    @Message
    String mailAutomatic();

    @Message
    String mailThanks();

    @Message
    String mailRetention(int days);

    @Message
    String pageTitle();

    @Message
    String pageIntro();

    @Message
    String questionsTitle();

    @Message
    String questionsNone();

    @Message
    String kind(ScreeningKind kind);

    @Message
    String readyTitle();

    @Message
    String readyNone();

    @Message
    String readyAdd();

    @Message
    String readyWithRule(String rule);

    @Message
    String ownTitle();

    @Message
    String fieldKind();

    @Message
    String fieldTextNl();

    @Message
    String fieldTextEn();

    @Message
    String fieldTextFr();

    @Message
    String helpTranslation();

    @Message
    String fieldOptionsNl();

    @Message
    String fieldOptionsEn();

    @Message
    String fieldOptionsFr();

    @Message
    String helpOptions();

    @Message
    String addQuestion();

    @Message
    String deleteQuestion();

    @Message
    String questionAdded();

    @Message
    String questionDeleted();

    @Message
    String questionInUse();

    @Message
    String textRequired();

    @Message
    String optionsRequired();

    @Message
    String rulesTitle();

    @Message
    String rulesVersion(int version);

    @Message
    String rulesNoVersion();

    @Message
    String rulesHelp();

    @Message
    String fieldRuleQuestion();

    @Message
    String fieldRuleOperator();

    @Message
    String fieldRuleValue();

    @Message
    String helpRuleValue();

    @Message
    String operator(RuleOperator operator);

    @Message
    String ruleNone();

    @Message
    String saveRules();

    @Message
    String rulesSaved(int version);

    @Message
    String rulesUnchanged();

    @Message
    String ruleQuestionDeleted();

    @Message
    String ruleOperatorInvalid();

    @Message
    String ruleValueInvalid();

    @Message
    String rulesConflict();

    @Message
    String knockedOutTitle();

    @Message
    String knockedOutNone();

    @Message
    String knockedOutRule(String requirement, int version);

    @Message
    String mailPending(String when);

    @Message
    String mailSent();

    @Message
    String undo();

    @Message
    String undone();

    @Message
    String undoTooLate();

    @Message
    String reviewsTitle();

    @Message
    String reviewsNone();

    @Message
    String reviewsHelp();

    @Message
    String reviewSince(String date);

    @Message
    String historyTitle();

    @Message
    String historyRow(int version, String date, int rules);

    @Message
    String cvOptionalHelp();
}
