package nl.werving.careers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.careers.JobFilter.Hours;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.SourceChannel;
import nl.werving.pipeline.StagePhase;
import nl.werving.vacancy.Language;

/** Texts of the public careers site, the candidate's status page and the candidate mails. */
@MessageBundle("careers")
public interface CareersMessages {

    @Message
    String siteDescription(String company);

    @Message
    String navJobs();

    @Message
    String navPrivacy();

    @Message
    String navStaff();

    @Message
    String homeTitle();

    @Message
    String homeHeading(String company);

    @Message
    String homeLead();

    @Message
    String homeCta(int count);

    @Message
    String latestJobs();

    @Message
    String allJobs();

    @Message
    String howTitle();

    @Message
    String howStep1Title();

    @Message
    String howStep1Text();

    @Message
    String howStep2Title();

    @Message
    String howStep2Text(int days);

    @Message
    String howStep3Title();

    @Message
    String howStep3Text();

    @Message
    String jobsTitle();

    @Message
    String filterLabel();

    @Message
    String filterCity();

    @Message
    String filterContract();

    @Message
    String filterHours();

    @Message
    String filterLanguage();

    @Message
    String filterAny();

    @Message
    String filterApply();

    @Message
    String filterReset();

    @Message
    String hoursOption(Hours hours);

    @Message
    String jobCount(int count);

    @Message
    String noJobsTitle();

    @Message
    String noJobsText();

    @Message
    String noMatchTitle();

    @Message
    String noMatchText();

    @Message
    String applyNow();

    @Message
    String applyTitle();

    @Message
    String applyIntro();

    @Message
    String fieldFullName();

    @Message
    String fieldEmail();

    @Message
    String fieldPhone();

    @Message
    String fieldCv();

    @Message
    String helpCv();

    @Message
    String fieldMotivation();

    @Message
    String helpMotivation();

    @Message
    String fieldSource();

    @Message
    String sourceChoose();

    @Message
    String source(SourceChannel channel);

    @Message
    String honeypot();

    @Message
    String privacyTitle();

    @Message
    String privacyText(String company);

    @Message
    String privacyLink();

    @Message
    String talentPoolConsent();

    @Message
    String applySubmit();

    @Message
    String cvTooLarge();

    @Message
    String cvAgain();

    @Message
    String appliedTitle();

    @Message
    String appliedLead(String title);

    @Message
    String nextTitle();

    @Message
    String nextMail();

    @Message
    String nextAnswer(int days);

    @Message
    String nextInterview();

    @Message
    String appliedNoMail();

    @Message
    String otherJobs();

    @Message
    String tooManyTitle();

    @Message
    String tooManyText(long minutes);

    @Message
    String backToJob();

    @Message
    String applyTooLongTitle();

    @Message
    String applyTooLongText();

    @Message
    String uploadTooLargeTitle();

    @Message
    String privacyPageTitle();

    @Message
    String privacyPageLead(String company);

    @Message
    String privacyWhatTitle();

    @Message
    String privacyWhatText();

    @Message
    String privacyWhyTitle();

    @Message
    String privacyWhyText();

    @Message
    String privacyWhoTitle();

    @Message
    String privacyWhoText();

    @Message
    String privacyHowLongTitle();

    @Message
    String privacyHowLongText(int days, int months);

    @Message
    String privacyRightsTitle();

    @Message
    String privacyRightsText();

    @Message
    String statusTitle();

    @Message
    String statusLead();

    @Message
    String appliedOn(String date);

    @Message
    String phase(StagePhase phase);

    @Message
    String phaseText(StagePhase phase);

    @Message
    String outcome(ApplicationStatus status);

    @Message
    String outcomeText(ApplicationStatus status);

    @Message
    String withdraw();

    @Message
    String withdrawConfirm();

    @Message
    String withdrawSubmit();

    @Message
    String withdrawn();

    @Message
    String alreadyEnded();

    @Message
    String statusPrivacy();

    @Message
    String mailReceivedSubject(String title);

    @Message
    String mailAlreadyAppliedSubject(String title);

    @Message
    String mailGreeting(String name);

    @Message
    String mailReceivedIntro(String title);

    /** The receipt's next step after a knock-out. */
    @Message
    String mailReceivedUnmet(String requirement);

    @Message
    String mailAlreadyAppliedIntro(String title);

    @Message
    String mailStatusButton();

    @Message
    String mailStatusPrivate();

    @Message
    String mailRetention(int days);

    @Message
    String mailTalentPool(int months);

    @Message
    String myData();

    @Message
    String myDataText();

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
    String filterKeyword();

    @Message
    String filterKeywordHelp();

    @Message
    String filterNoWeekend();

    @Message
    String alertLink();

    @Message
    String moreJobs(int shown, int total);

    @Message
    String cardTextIn(Language language);

    @Message
    String onlyInLanguage(Language language);

    @Message
    String alertTitle();

    @Message
    String alertIntro();

    @Message
    String alertCriteria();

    @Message
    String alertFieldLanguage();

    @Message
    String alertConsent(int days);

    @Message
    String alertSubmit();

    @Message
    String alertSentTitle();

    @Message
    String alertSentText(int days);

    @Message
    String alertConfirmTitle();

    @Message
    String alertConfirmText(String email);

    @Message
    String alertConfirmSubmit();

    @Message
    String alertConfirmedTitle();

    @Message
    String alertConfirmedText();

    @Message
    String alertUnsubscribedTitle();

    @Message
    String alertUnsubscribedText();

    @Message
    String alertInvalidTitle();

    @Message
    String alertInvalidText();

    @Message
    String alertTooManyTitle();

    @Message
    String alertTooManyText(long minutes);

    @Message
    String alertConfirmSubject(String company);

    @Message
    String alertSubject(int count, String company);

    @Message
    String mailAlertConfirmIntro();

    @Message
    String mailAlertConfirmButton();

    @Message
    String mailAlertConfirmIgnore(int days);

    @Message
    String mailAlertIntro();

    @Message
    String mailUnsubscribeText();

    @Message
    String mailUnsubscribe();

    @Message
    String alertUnsubscribeTitle();

    @Message
    String alertUnsubscribeText(String email);

    @Message
    String alertUnsubscribeSubmit();
}
