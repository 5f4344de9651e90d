package nl.werving.messaging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the message templates and of writing to candidates. */
@MessageBundle("messaging")
public interface MessagingMessages {

    @Message
    String navTemplates();

    @Message
    String templatesTitle();

    @Message
    String templatesIntro();

    @Message
    String newTemplate();

    @Message
    String editTemplate();

    @Message
    String columnName();

    @Message
    String columnSubject();

    @Message
    String columnLanguages();

    @Message
    String emptyTitle();

    @Message
    String emptyText();

    @Message
    String templateSaved();

    @Message
    String templateDeleted();

    @Message
    String templateConflict();

    @Message
    String deleteTemplate();

    @Message
    String deleteConfirm();

    @Message
    String language(String code);

    @Message
    String fieldName(String language);

    @Message
    String fieldSubject(String language);

    @Message
    String fieldBody(String language);

    @Message
    String fallbackHelp();

    @Message
    String placeholdersTitle();

    @Message
    String placeholdersHelp();

    @Message
    String placeholder(Placeholder placeholder);

    @Message
    String sendMessage();

    @Message
    String composeTitleOne(String name);

    @Message
    String composeTitleMany(int count);

    @Message
    String skipped(int count);

    @Message
    String nobody();

    @Message
    String withdrawn(String name);

    @Message
    String about();

    @Message
    String template();

    @Message
    String ownText();

    @Message
    String languageLabel();

    @Message
    String languageOwn();

    @Message
    String subject();

    @Message
    String body();

    @Message
    String ownTextHelp();

    @Message
    String noTemplates();

    @Message
    String previewButton();

    @Message
    String sendOne();

    @Message
    String sendMany(int count);

    @Message
    String previewTitle();

    @Message
    String previewFor(String name, int number, int total);

    @Message
    String previewLanguage(String language);

    @Message
    String previewLinkNote();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String sentOne();

    @Message
    String sentMany(int count);

    @Message
    String nothingSelected();

    @Message
    String mailStatus(String status);

    @Message
    String messageSubject(String subject);
}
