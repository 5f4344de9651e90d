package nl.werving.inbox;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the replies on the profile and of the admin queue of unattached replies. */
@MessageBundle("inbox")
public interface InboxMessages {

    @Message
    String title();

    @Message
    String intro(long days);

    @Message
    String notRead();

    @Message
    String emptyTitle();

    @Message
    String emptyText();

    @Message
    String from(String address);

    @Message
    String to(String address);

    @Message
    String received(String when);

    @Message
    String noSubject();

    @Message
    String showText();

    @Message
    String candidateLabel();

    @Message
    String candidateHelp();

    @Message
    String searchSender();

    @Message
    String attach();

    @Message
    String delete();

    @Message
    String attached();

    @Message
    String deleted();

    @Message
    String candidateUnknown();

    @Message
    String reply(String subject);
}
