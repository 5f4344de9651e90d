package nl.werving.reference;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of reference checks: the recruiter’s findings, the candidate’s consent and the referee’s questionnaire. */
@MessageBundle("reference")
public interface ReferenceMessages {

    @Message
    String references();

    @Message
    String title(String name);

    @Message
    String start();

    @Message
    String startHelp();

    @Message
    String none();

    @Message
    String started();

    @Message
    String checkOpen();

    @Message
    String ended();

    @Message
    String checkOf(String date);

    @Message
    String checkStatus(ReferenceCheckStatus status);

    @Message
    String waitingForCandidate();

    @Message
    String refusedText();

    @Message
    String withdrawnText();

    @Message
    String refereeStatus(RefereeStatus status);

    @Message
    String relationship(Relationship relationship);

    @Message
    String noConsentShort();

    @Message
    String consentGivenOn(String date);

    @Message
    String consentWithdrawnOn(String date);

    @Message
    String invitedOn(String date, String until);

    @Message
    String remindedOn(String date);

    @Message
    String flagged();

    @Message
    String invite();

    @Message
    String invited();

    @Message
    String inviteAgain();

    @Message
    String linkExpired();

    @Message
    String noConsent();

    @Message
    String alreadyInvited();

    @Message
    String sideBySide();

    @Message
    String question();

    @Message
    String linkedCompetency(String name);

    @Message
    String lowScore();

    @Message
    String discussion();

    @Message
    String discussedOn(String date);

    @Message
    String respondedOn(String date);

    @Message
    String noResponseYet();

    @Message
    String candidateResponse();

    @Message
    String candidateResponseHelp();

    @Message
    String recordDiscussion();

    @Message
    String discussionSaved();

    @Message
    String conflict();

    @Message
    String noFindings();

    @Message
    String responseTooLong(int max);

    @Message
    String responseRequired(int max);

    @Message
    String assessmentSummary();

    @Message
    String open();

    @Message
    String statusRequested();

    @Message
    String nameReferees();

    @Message
    String statusRefused();

    @Message
    String statusWithdrawn();

    @Message
    String formTitle();

    @Message
    String backToStatus();

    @Message
    String formLead(String vacancyTitle);

    @Message
    String refereeNumber(int number);

    @Message
    String fullName();

    @Message
    String company();

    @Message
    String email();

    @Message
    String phone();

    @Message
    String relationshipLabel();

    @Message
    String choose();

    @Message
    String period();

    @Message
    String periodHelp();

    @Message
    String consentLabel();

    @Message
    String consentStatement(String company, String vacancyTitle, int days);

    @Message
    String submit();

    @Message
    String refuseTitle();

    @Message
    String refuseHelp();

    @Message
    String refuse();

    @Message
    String named();

    @Message
    String refused();

    @Message
    String alreadyAnswered();

    @Message
    String withdrawFor(String name);

    @Message
    String withdrawAll();

    @Message
    String withdrawAllConfirm();

    @Message
    String withdrawAllSubmit();

    @Message
    String withdrawnFlash();

    @Message
    String notOpen();

    @Message
    String yourResponse();

    @Message
    String yourResponseHelp();

    @Message
    String saveResponse();

    @Message
    String responded();

    @Message
    String questionnaireTitle(String name);

    @Message
    String questionnaireLead(String name, String vacancyTitle, String company);

    @Message
    String validUntil(String date);

    @Message
    String refereePrivacy();

    @Message
    String scoreLegend();

    @Message
    String topic(ReferenceTopic topic);

    @Message
    String topicQuestion(ReferenceTopic topic);

    @Message
    String cannotJudge();

    @Message
    String cannotJudgeShort();

    @Message
    String comment();

    @Message
    String workAgainQuestion(String name);

    @Message
    String workAgainShort();

    @Message
    String workAgain(WorkAgain answer);

    @Message
    String remarksLabel();

    @Message
    String remarksShort();

    @Message
    String shareLegend();

    @Message
    String shareLabel(String name, String company);

    @Message
    String shareHelp();

    @Message
    String sharedShort();

    @Message
    String shared(boolean shared);

    @Message
    String answersNotShared();

    @Message
    String send();

    @Message
    String declineTitle();

    @Message
    String declineText();

    @Message
    String decline();

    @Message
    String thanksTitle();

    @Message
    String thanksText();

    @Message
    String declinedText();

    @Message
    String goneTitle();

    @Message
    String goneReason(LinkGone.Reason reason);

    @Message
    String requestSubject(String vacancyTitle);

    @Message
    String mailRequestIntro(String vacancyTitle);

    @Message
    String mailRequestRefuse();

    @Message
    String mailRequestRetention(int days);

    @Message
    String invitationSubject(String name);

    @Message
    String reminderSubject(String name);

    @Message
    String mailInvitationIntro(String name, String vacancyTitle, String company);

    @Message
    String mailInvitationTime();

    @Message
    String mailInvitationButton();

    @Message
    String mailInvitationValid(String date);

    @Message
    String mailReminderNote();

    @Message
    String applicationEnded();
}
