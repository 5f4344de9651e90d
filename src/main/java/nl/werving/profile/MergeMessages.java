package nl.werving.profile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.pipeline.LikelyDuplicate;

/** Texts of the duplicate hint on the profile and of merging two candidates. */
@MessageBundle("merge")
public interface MergeMessages {

    @Message
    String hint(String name, String reason);

    @Message
    String reason(LikelyDuplicate.Reason reason);

    @Message
    String compare();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String since(String date);

    @Message
    String noPhone();

    @Message
    String keepThis();

    @Message
    String moves(int applications, long documents, long notes, long consents, long mails);

    @Message
    String noApplications();

    @Message
    String confirmText();

    @Message
    String confirm();

    @Message
    String submit();

    @Message
    String cancel();

    @Message
    String keepRequired();

    @Message
    String confirmRequired();

    @Message
    String merged(String name, long applications, long documents);

    @Message
    String refusedSameCandidate();

    @Message
    String refusedGone();

    @Message
    String refusedStale();

    @Message
    String refusedOnHold();

    @Message
    String refusedOpenRequest();

    @Message
    String refusedSameVacancy(String vacancies);
}
