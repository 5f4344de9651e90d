package nl.werving.pipeline;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.pipeline.PipelineService.MailTiming;

/** Texts of the board, the stage editors and the rejection mail. */
@MessageBundle("pipeline")
public interface PipelineMessages {

    @Message
    String actions();

    @Message
    String activeCount(long count);

    @Message
    String allSources();

    @Message
    String applicationEnded();

    @Message
    String appliedOn(String date);

    @Message
    String backToBoard();

    @Message
    String board();

    @Message
    String boardTitle(String title);

    @Message
    String bulkAction();

    @Message
    String bulkApply();

    @Message
    String bulkLabel();

    @Message
    String bulkMove();

    @Message
    String bulkReject();

    @Message
    String cardGone();

    @Message
    String clearFilter();

    @Message
    String closeVacancy();

    @Message
    String columnCandidate();

    @Message
    String columnEnded();

    @Message
    String columnStage();

    @Message
    String daysInStage(long days);

    @Message
    String defaultTemplate();

    @Message
    String editStages();

    @Message
    String editTemplate();

    @Message
    String emptyBoard();

    @Message
    String emptyColumn();

    @Message
    String filled(int openings);

    @Message
    String hire();

    @Message
    String inColumn(long count);

    @Message
    String mailGreeting(String name);

    @Message
    String mailRejectedIntro(String title);

    @Message
    String mailRejectedRetention(int days);

    @Message
    String mailRejectedThanks();

    @Message
    String mailRejectedSubject(String title);

    @Message
    String more(long count);

    @Message
    String move();

    @Message
    String moveConflict();

    @Message
    String moveTo();

    @Message
    String moved();

    @Message
    String movedMany(int count);

    @Message
    String newStage();

    @Message
    String noneEnded();

    @Message
    String outcome(ApplicationStatus status);

    @Message
    String outcomes();

    @Message
    String personalLine();

    @Message
    String personalLineHelp();

    @Message
    String phase(StagePhase phase);

    @Message
    String purged();

    @Message
    String reason();

    @Message
    String reasonHelp();

    @Message
    String reasonUnavailable();

    @Message
    String reject();

    @Message
    String rejectHeading(String name);

    @Message
    String rejectIntro();

    @Message
    String rejectSubmit();

    @Message
    String rejectTitle();

    @Message
    String rejected(int count);

    @Message
    String hired();

    @Message
    String saveStages();

    @Message
    String searchLabel();

    @Message
    String searchPlaceholder();

    @Message
    String select(String name);

    @Message
    String skipped(int count);

    @Message
    String source(SourceChannel channel);

    @Message
    String sourceLabel();

    @Message
    String stageInUse();

    @Message
    String stageName();

    /** The label of a stage's English name (for screen readers; the field shows {@link #inEnglish}). */
    @Message
    String stageNameEn();

    @Message
    String stageNameFr();

    @Message
    String inEnglish();

    @Message
    String inFrench();

    @Message
    String stageTranslationsHelp();

    @Message
    String stageNotOfVacancy();

    @Message
    String stageOrder();

    @Message
    String stagePhase();

    @Message
    String stageRemove();

    @Message
    String stagesHelp();

    @Message
    String stagesIntro();

    @Message
    String stagesRequired();

    @Message
    String stagesSaved();

    @Message
    String stagesTitle();

    @Message
    String templateConflict();

    @Message
    String templateIntro();

    @Message
    String templateName();

    @Message
    String templateSaved();

    @Message
    String templatesIntro();

    @Message
    String templatesTitle();

    @Message
    String timing();

    @Message
    String timingOption(MailTiming timing);

    @Message
    String viewAd();

    @Message
    String bulkChooseAction();

    @Message
    String bulkNothingSelected();

    @Message
    String reasonsTitle();

    @Message
    String reasonsIntro();

    @Message
    String newReason();

    @Message
    String editReason();

    @Message
    String reasonLabelNl();

    @Message
    String reasonLabelEn();

    @Message
    String reasonLabelFr();

    @Message
    String reasonOrder();

    @Message
    String reasonOrderHelp();

    @Message
    String reasonActive();

    @Message
    String reasonStatusActive();

    @Message
    String reasonStatusRetired();

    @Message
    String reasonUses(long count);

    @Message
    String reasonSaved();

    @Message
    String reasonConflict();

    @Message
    String lastActiveReason();

    @Message
    String columnReason();

    @Message
    String columnStatus();

    @Message
    String processTabs();

    @Message
    String scoreSummary(String mean, int count);

    @Message
    String scoreDisagreement();

    @Message
    String stageLimit();

    @Message
    String stageLimitHelp();

    @Message
    String boardRegion();

    @Message
    String shortcuts();

    @Message
    String close();

    @Message
    String openProfile();

    @Message
    String cardMenu(String name);

    @Message
    String keyNext();

    @Message
    String keyPrevious();

    @Message
    String keyColumn();

    @Message
    String keyOpen();

    @Message
    String keySelect();

    @Message
    String keyMove();

    @Message
    String keyReject();

    @Message
    String keyHelp();

    @Message
    String keyClose();

    @Message
    String keyTyping();

    @Message
    String showStage();

    @Message
    String showStageSubmit();

    @Message
    String scrollHint(int count);

    @Message
    String scrollLeft();

    @Message
    String scrollRight();

    @Message
    String undoRegion();

    @Message
    String undoText(int count);

    @Message
    String undo();

    @Message
    String confirmTitle();

    @Message
    String confirmReject(int count);

    @Message
    String confirmMove(int count, String stage);

    @Message
    String confirmReason(String reason);

    @Message
    String confirmSkipped(int count);

    @Message
    String confirmLate(long count);

    @Message
    String confirmAll(int count);

    @Message
    String confirmRejectSubmit(int count);

    @Message
    String confirmMoveSubmit(int count);

    @Message
    String cancel();

    @Message
    String undoneTitle();

    @Message
    String undoneRestored(String name);

    @Message
    String undoneRefused(String name);

    @Message
    String undoneNothing();

    @Message
    String profilePipeline();

    @Message
    String previousInStage(String name);

    @Message
    String nextInStage(String name);

    @Message
    String stageNavigation(String stage);

    @Message
    String undoneNote();

    @Message
    String selectSuffix();
}
