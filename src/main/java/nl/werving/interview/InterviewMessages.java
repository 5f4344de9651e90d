package nl.werving.interview;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of interviews, scorecards and their invitations. */
@MessageBundle("interview")
public interface InterviewMessages {

    @Message
    String assessment();

    @Message
    String assessmentTitle(String name);

    @Message
    String planInterview();

    @Message
    String changeInterview();

    @Message
    String formIntro(String name);

    @Message
    String interviews();

    @Message
    String noInterviews();

    @Message
    String minutes(int minutes);

    @Message
    String cancelled();

    @Message
    String videoLink();

    @Message
    String viewMyScorecard();

    @Message
    String continueScorecard();

    @Message
    String fillScorecard();

    @Message
    String change();

    @Message
    String cancel();

    @Message
    String scores();

    @Message
    String hiddenUntilSubmitted();

    @Message
    String noScores();

    @Message
    String scoresCaption();

    @Message
    String competency();

    @Message
    String mean();

    @Message
    String spread();

    @Message
    String disagreement();

    @Message
    String disagreementHelp();

    @Message
    String recommendation();

    @Message
    String recommendationOption(Recommendation recommendation);

    @Message
    String scorecardOf(String name);

    @Message
    String submitted();

    @Message
    String draft();

    @Message
    String notes();

    @Message
    String noNotes();

    @Message
    String amendedOn(String when);

    @Message
    String scorecardTitle(String name);

    @Message
    String myScorecard();

    @Message
    String submittedOn(String when);

    @Message
    String lockedNotice();

    @Message
    String amendTitle();

    @Message
    String amendedRating(Integer previous, Integer rating);

    @Message
    String amendedRecommendation(String previous, String recommendation);

    @Message
    String amendHelp();

    @Message
    String amendTarget();

    @Message
    String amendRating();

    @Message
    String amendReason();

    @Message
    String amendSubmit();

    @Message
    String choose();

    @Message
    String independenceNotice();

    @Message
    String scorecardConflict();

    @Message
    String kind(QuestionKind kind);

    @Message
    String situation();

    @Message
    String task();

    @Message
    String action();

    @Message
    String result();

    @Message
    String answerRating();

    @Message
    String noRating();

    @Message
    String competencyRating(String name);

    @Message
    String overall();

    @Message
    String notesHelp();

    @Message
    String saveDraft();

    @Message
    String submit();

    @Message
    String submitHelp();

    @Message
    String when();

    @Message
    String date();

    @Message
    String time();

    @Message
    String duration();

    @Message
    String where();

    @Message
    String location();

    @Message
    String locationHelp();

    @Message
    String videoUrl();

    @Message
    String videoUrlHelp();

    @Message
    String interviewers();

    @Message
    String interviewersHelp();

    @Message
    String inviteNotice();

    @Message
    String rescheduleNotice();

    @Message
    String planAndInvite();

    @Message
    String saveAndUpdate();

    @Message
    String interviewConflict();

    @Message
    String interviewScheduled();

    /** Planned, and these colleagues (names, comma-separated) got no invitation: they have no address. */
    @Message
    String interviewScheduledNoMail(String names);

    @Message
    String interviewChanged();

    @Message
    String interviewChangedNoMail(String names);

    @Message
    String interviewCancelled();

    @Message
    String scorecardSaved();

    @Message
    String scorecardSubmitted();

    @Message
    String amended();

    @Message
    String inThePast();

    @Message
    String placeRequired();

    @Message
    String interviewerInvalid();

    @Message
    String interviewerHasScorecard();

    @Message
    String amendTargetRequired();

    @Message
    String calendarCandidateSummary(String title, String company);

    @Message
    String calendarCandidateDescription();

    @Message
    String calendarInterviewerSummary(String title, long applicationId);

    @Message
    String calendarInterviewerDescription(String url);

    @Message
    String mailInvitationSubject(String title);

    @Message
    String mailInterviewerSubject(String title);

    @Message
    String mailCancelledSubject(String title);

    @Message
    String mailGreeting(String name);

    @Message
    String mailInvitationIntro(String title);

    @Message
    String mailInvitationUpdated();

    @Message
    String mailCancelledIntro(String title);

    @Message
    String mailWhen();

    @Message
    String mailWhere();

    @Message
    String mailWith();

    @Message
    String mailSalary(String min, String max);

    @Message
    String mailCalendarHint();

    @Message
    String mailReply();

    @Message
    String mailInterviewerIntro(String title);

    @Message
    String mailInterviewerCancelled(String title);

    @Message
    String mailScorecardLink();

    @Message
    String mailIndependence();

    @Message
    String mailReminderSubject(String title);

    @Message
    String mailReminderIntro(String title, long applicationId, String when);

    @Message
    String mailReminderWhy();

    @Message
    String kitTitle(String title);

    @Message
    String kit();

    @Message
    String openKit();

    @Message
    String kitIntro();

    @Message
    String addQuestion();

    @Message
    String questions();

    @Message
    String noQuestions();

    @Message
    String removeQuestionLabel(String text);

    @Message
    String remove();

    @Message
    String reword();

    @Message
    String competencyName();

    @Message
    String competencyDescription();

    @Message
    String anchorLabel(int level);

    @Message
    String removeCompetency();

    @Message
    String removeCompetencyHelp();

    @Message
    String questionKind();

    @Message
    String questionTextNl();

    @Message
    String questionTextEn();

    @Message
    String questionHelp();

    @Message
    String kitSaved();

    @Message
    String kitInUse();

    @Message
    String kitLastCompetency();

    @Message
    String kitCompetencyInvalid();

    @Message
    String cannotCancel();

    @Message
    String inDutch();

    @Message
    String inEnglish();

    @Message
    String autosaveIdle();

    @Message
    String autosaving();

    @Message
    String autosaved(String time);

    @Message
    String autosaveOffline();

    @Message
    String autosaveConflict();

    @Message
    String autosaveLocked();

    @Message
    String autosaveCancelled();

    @Message
    String autosaveInvalid();

    @Message
    String autosaveRatingKept();

    @Message
    String reload();

    @Message
    String stepLabel();

    @Message
    String stepOf();

    @Message
    String stepPrevious();

    @Message
    String stepNext();

    @Message
    String anchorsLabel(String competency);

    @Message
    String guideLink();

    @Message
    String guideTitle(String name);

    @Message
    String guideIntro();

    @Message
    String guidePrint();

    @Message
    String guideToScorecard();

    @Message
    String guideScore();

    @Message
    String guideNotes();
    String interviewKindLegend();

    @Message
    String interviewKind(InterviewKind kind);

    @Message
    String questionsHelp();

    @Message
    String applyDefaults();

    @Message
    String questionsCount();

    @Message
    String questionInvalid();

    @Message
    String questionAnswered();

    @Message
    String answeredHelp();

    @Message
    String answered();

    @Message
    String retired();

    @Message
    String questionRetired();

    @Message
    String mailQuestions();

    @Message
    String notAsked();

    @Message
    String notAskedHelp();
}
