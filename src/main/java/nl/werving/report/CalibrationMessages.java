package nl.werving.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.interview.InterviewerCalibration.AgreementLevel;
import nl.werving.interview.InterviewerCalibration.Direction;

/** Texts of the interviewer calibration report. */
@MessageBundle("calibration")
public interface CalibrationMessages {

    @Message
    String title();

    @Message
    String intro(int minimum);

    @Message
    String ownOnly();

    @Message
    String from();

    @Message
    String to();

    @Message
    String interviewer();

    @Message
    String everyone();

    @Message
    String show();

    @Message
    String reset();

    @Message
    String csv();

    @Message
    String emptyTitle();

    @Message
    String emptyText();

    @Message
    String leniencyTitle();

    @Message
    String leniencyHelp(int minimum);

    @Message
    String allCompetencies();

    @Message
    String direction(Direction direction);

    @Message
    String shared(int n);

    @Message
    String tooFew(int n);

    @Message
    String none();

    @Message
    String agreementTitle();

    @Message
    String agreementHelp(int minimum);

    @Message
    String competency();

    @Message
    String alpha();

    @Message
    String applications();

    @Message
    String ratings();

    @Message
    String level(AgreementLevel level);

    @Message
    String tooFewApplications(int n);

    @Message
    String noSpread();

    @Message
    String driftTitle();

    @Message
    String driftHelp(int minimum);

    @Message
    String quarter(int year, int quarter);

    @Message
    String adviceTitle();

    @Message
    String adviceHelp(int minimum);

    @Message
    String adviceShare();

    @Message
    String adviceCount(int matched, int n);

    @Message
    String tooFewEnded(int n);
}
