package nl.werving.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the layout, the shared tags and the error pages. Translations in messages/web_*.properties. */
@MessageBundle("web")
public interface WebMessages {

    @Message
    String appName();

    @Message
    String skipToContent();

    @Message
    String navVacancies();

    @Message
    String navUsers();

    @Message
    String navMail();

    @Message
    String navStages();

    @Message
    String navAudit();

    /** The menu of the pages only admins use. */
    @Message
    String navAdmin();

    @Message
    String navMain();

    @Message
    String signedInAs(String name);

    @Message
    String logout();

    @Message
    String language();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String back();

    @Message
    String search();

    @Message
    String optional();

    /** A colon after a label: French sets a no-break space before it. */
    @Message
    String colon();

    @Message
    String errorSummaryTitle();

    @Message
    String pagination();

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pageOf(int page, int pages);

    @Message
    String yes();

    @Message
    String no();

    @Message
    String error403Title();

    @Message
    String error403Text();

    @Message
    String error404Title();

    @Message
    String error404Text();

    @Message
    String error409Title();

    @Message
    String error409Text();

    @Message
    String error413Title();

    @Message
    String error413Text();

    @Message
    String error500Title();

    @Message
    String error500Text();

    @Message
    String errorOtherTitle();

    @Message
    String errorOtherText();

    @Message
    String errorReference(String reference);

    @Message
    String errorHome();

    @Message
    String navPrivacy();

    @Message
    String navPool();

    @Message
    String navRequests();

    @Message
    String navCandidates();

    @Message
    String navReplies();
}
