package nl.werving.careers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the candidate's step tracker on the status page ("where am I?"). */
@MessageBundle("journey")
public interface JourneyMessages {

    @Message
    String trackerTitle();

    @Message
    String stepOf(int number, int total);

    @Message
    String stepDone();

    @Message
    String stepCurrent();

    @Message
    String stepToCome();

    @Message
    String nextStep(String step);

    @Message
    String lastStep();

    @Message
    String hearBackBy(String date);

    @Message
    String late();

    @Message
    String recruiter(String name);

    @Message
    String contactTeam();

    @Message
    String contactHint();
}
