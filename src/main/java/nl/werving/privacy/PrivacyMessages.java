package nl.werving.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.candidate.ConsentRecord;

/** Texts of retention, purge and legal holds. */
@MessageBundle("privacy")
public interface PrivacyMessages {

    @Message
    String title();

    @Message
    String intro(int days, int months);


    @Message
    String nextRun();

    @Message
    String noSchedule();

    @Message
    String preview(long count, String when);

    @Message
    String previewMore(long count);

    @Message
    String runNow();

    @Message
    String runNowHelp();

    @Message
    String runs();

    @Message
    String noRuns();

    @Message
    String runStarted();

    @Message
    String runDuration();

    @Message
    String runPurged();

    @Message
    String runFailed();

    @Message
    String runTrigger();

    @Message
    String trigger(String kind);

    @Message
    String seconds(String seconds);

    @Message
    String running();

    @Message
    String holds();

    @Message
    String noHolds();

    @Message
    String holdsHelp();

    @Message
    String lift();

    @Message
    String placedOn(String when);

    @Message
    String purged(int count);

    @Message
    String holdPlaced();

    @Message
    String holdLifted();

    @Message
    String holdExists();

    @Message
    String holdReasonRequired(int max);

    @Message
    String holdTitle();

    @Message
    String holdOn();

    @Message
    String holdReason();

    @Message
    String holdPlace();

    @Message
    String holdHelp();

    @Message
    String previewNow(long count);

    @Message
    String mailGreeting(String name);

    @Message
    String renewalSubject(String company);

    @Message
    String renewalIntro(int months, String expires);

    @Message
    String renewalButton();

    @Message
    String renewalNoAnswer();

    @Message
    String consentTitle();

    @Message
    String consentLead();

    @Message
    String consentRenew();

    @Message
    String consentWithdraw();

    @Message
    String consentPrivacy();

    @Message
    String consentRenewed();

    @Message
    String consentWithdrawn();

    @Message
    String consentToJobs();

    @Message
    String poolTitle();

    @Message
    String poolIntro();

    @Message
    String poolSearch();

    @Message
    String poolEmptyTitle();

    @Message
    String poolEmptyText();

    @Message
    String poolCandidate();

    @Message
    String poolConsent();

    @Message
    String poolValidUntil();

    @Message
    String poolActions();

    @Message
    String poolGiven(String date);

    @Message
    String poolChannel(ConsentRecord.Channel channel);

    @Message
    String poolWithdraw();

    @Message
    String poolWithdrawFor(String name);

    @Message
    String poolWithdrawn();

    @Message
    String requestsTitle();

    @Message
    String requestsIntro();


    @Message
    String requestsNone();

    @Message
    String requestsNoneText();


    @Message
    String requestKindLabel();

    @Message
    String requestReceivedOn();

    @Message
    String requestDueOn();

    @Message
    String requestCompletedOn(String date);

    @Message
    String requestCandidateGone();

    @Message
    String requestOverdue(long days);

    @Message
    String requestDaysLeft(long days);

    @Message
    String requestOnTime();

    @Message
    String requestLate();

    @Message
    String requestRecord();

    @Message
    String requestRecorded(String date);

    @Message
    String requestDateInvalid();

    @Message
    String requestHelp();

    @Message
    String requestDue(String date);

    @Message
    String requestsLink();

    @Message
    String requestKind(RequestKind kind);

    @Message
    String hiredMark();

    @Message
    String termsTitle();

    @Message
    String termsHelp();

    @Message
    String termsDays();

    @Message
    String termsMonths();

    @Message
    String termsSave();

    @Message
    String termsChanged();

    @Message
    String termsConflict();

    @Message
    String termsDefaults();

    @Message
    String termsSetBy(String name, String date);

    @Message
    String requestState();

    @Message
    String requestsOpen();

    @Message
    String interrupted();

    @Message
    String exportTitle();

    @Message
    String exportIntro(String exportedAt);

    @Message
    String exportNothing();

    /** The heading of a section of the candidate's copy, by its name in the JSON. */
    @Message
    String exportSection(String name);

    /** The label of a field of the candidate's copy, by its name in the JSON. */
    @Message
    String exportField(String name);

    /** A code of the candidate's copy (a status, an advice) as a word. */
    @Message
    String exportValue(String value);
}
