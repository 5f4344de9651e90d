package nl.werving.automation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of stage automations: the editor, the planned actions on board and profile, and the booking link mail. */
@MessageBundle("automation")
public interface AutomationMessages {

    @Message
    String navAutomations();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String stageEmpty();

    @Message
    String columnAction();

    @Message
    String columnWhen();

    @Message
    String action(AutomationAction action);

    @Message
    String actionTemplate(String template);

    @Message
    String delay(AutomationDelay delay);

    @Message
    String afterHours(int hours);

    @Message
    String newAutomation();

    @Message
    String editAutomation();

    @Message
    String fieldStage();

    @Message
    String fieldAction();

    @Message
    String fieldTemplate();

    @Message
    String templateHelp();

    @Message
    String noTemplates();

    @Message
    String fieldDelay();

    @Message
    String fieldHours();

    @Message
    String hoursHelp();

    @Message
    String edit();

    @Message
    String delete();

    @Message
    String deleteConfirm();

    @Message
    String saved();

    @Message
    String deleted();

    @Message
    String conflict();

    @Message
    String stageInvalid();

    @Message
    String templateUnknown();

    @Message
    String hoursRange();

    @Message
    String pendingTitle();

    @Message
    String pendingIntro();

    @Message
    String pendingDue(String when);

    @Message
    String cancel();

    @Message
    String cancelled();

    @Message
    String notPending();

    @Message
    String boardPending(int count);

    @Message
    String bookingIntro(String vacancy);

    @Message
    String bookingButton();

    @Message
    String bookingOther();
}
