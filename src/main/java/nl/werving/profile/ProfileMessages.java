package nl.werving.profile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SearchOrder;
import nl.werving.pipeline.SourceChannel;

/** Texts of the candidate profile. */
@MessageBundle("profile")
public interface ProfileMessages {

    @Message
    String title(String name);

    @Message
    String contact();

    @Message
    String email();

    @Message
    String phone();

    @Message
    String language();

    @Message
    String since(String date);

    @Message
    String applications();

    @Message
    String toBoard();

    @Message
    String documents();

    @Message
    String noDocuments();

    @Message
    String view();

    @Message
    String download();

    @Message
    String size(long kb);

    @Message
    String motivation();

    @Message
    String timeline();

    @Message
    String applied(String vacancy, SourceChannel source);

    @Message
    String moved(String vacancy, String to);

    @Message
    String movedFrom(String from);

    @Message
    String ended(String vacancy, ApplicationStatus status);

    @Message
    String mail(String subject);

    @Message
    String note(String vacancy);

    @Message
    String generalNote();

    @Message
    String by(String name);

    @Message
    String notes();

    @Message
    String noteLabel();

    @Message
    String noteHelp();

    @Message
    String noteFor();

    @Message
    String noteForAll();

    @Message
    String addNote();

    @Message
    String noteAdded();

    @Message
    String viewedOnRecord();

    @Message
    String assessment();

    @Message
    String rights();

    @Message
    String rightsText();

    @Message
    String exportData();

    @Message
    String eraseData();

    @Message
    String eraseConfirm();

    @Message
    String eraseSubmit();

    @Message
    String eraseConfirmRequired();

    @Message
    String eraseOnHold();

    @Message
    String erased();

    @Message
    String searchTitle();

    @Message
    String searchIntro();

    @Message
    String searchLabel();

    @Message
    String searchHelp();

    @Message
    String searchTooShort();

    @Message
    String searchStatus();

    @Message
    String anyStatus();

    @Message
    String searchSource();

    @Message
    String anySource();

    @Message
    String searchFrom();

    @Message
    String searchTo();

    @Message
    String searchSort();

    @Message
    String searchSubmit();

    @Message
    String searchReset();

    @Message
    String noMatchTitle();

    @Message
    String noMatchText();

    @Message
    String hitCount(long count);

    @Message
    String columnCandidate();

    @Message
    String columnVacancy();

    @Message
    String columnStage();

    @Message
    String columnSource();

    @Message
    String columnApplied();

    @Message
    String order(SearchOrder order);

    @Message
    String cvTitle();

    @Message
    String cvFrame(String name);

    @Message
    String cvOpen();

    @Message
    String cvWord();
}
