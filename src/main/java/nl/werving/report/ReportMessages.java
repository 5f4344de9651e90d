package nl.werving.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the reports page and its CSV files. */
@MessageBundle("report")
public interface ReportMessages {

    @Message
    String title();

    @Message
    String nav();

    @Message
    String intro();

    @Message
    String tabOverview();

    @Message
    String tabCalibration();

    @Message
    String from();

    @Message
    String to();

    @Message
    String vacancy();

    @Message
    String team();

    @Message
    String city();

    @Message
    String allVacancies();

    @Message
    String allTeams();

    @Message
    String allCities();

    @Message
    String show();

    @Message
    String lastMonth();

    @Message
    String lastYear();

    @Message
    String thisYear();

    @Message
    String period();

    @Message
    String csv();

    @Message
    String noData();

    @Message
    String loading();

    @Message
    String openReport();

    @Message
    String allReports();

    @Message
    String fewNote();

    @Message
    String toBeforeFrom();

    @Message
    String invalidDate();

    @Message
    String unknownVacancy();

    @Message
    String funnelTitle();

    @Message
    String funnelExplanation();

    @Message
    String stage();

    @Message
    String phase();

    @Message
    String reached();

    @Message
    String onward();

    @Message
    String outcomesTitle();

    @Message
    String outcomesExplanation();

    @Message
    String outcome();

    @Message
    String applications();

    @Message
    String medianDays();

    @Message
    String p90Days();

    @Message
    String stagesTitle();

    @Message
    String stagesExplanation();

    @Message
    String stays();

    @Message
    String limit();

    @Message
    String overLimit();

    @Message
    String sourcesTitle();

    @Message
    String source();

    @Message
    String interviewed();

    @Message
    String hired();

    @Message
    String hireRate();

    @Message
    String reasonsTitle();

    @Message
    String reasonsExplanation();

    @Message
    String noReason();

    @Message
    String rejections();

    @Message
    String reason();

    @Message
    String share();

    @Message
    String knockoutsTitle();

    @Message
    String knockoutsExplanation();

    @Message
    String question();

    @Message
    String knockouts();

    @Message
    String withdrawalsTitle();

    @Message
    String withdrawalsExplanation();

    @Message
    String withdrawals();

    @Message
    String medianDaysSinceApplying();

    @Message
    String bookingsTitle();

    @Message
    String bookingsExplanation();

    @Message
    String slotKind();

    @Message
    String booked();

    @Message
    String cancelled();

    @Message
    String attended();

    @Message
    String noShow();

    @Message
    String noShowRate();

    @Message
    String offersTitle();

    @Message
    String offersExplanation();

    @Message
    String offered();

    @Message
    String offerOutcome();

    @Message
    String surveyTitle();

    @Message
    String surveyAnswers();

    @Message
    String surveyNps();

    @Message
    String surveyPromoters();

    @Message
    String surveyPassives();

    @Message
    String surveyDetractors();

    @Message
    String surveyClarity();

    @Message
    String surveySpeed();

    @Message
    String surveyRespect();

    @Message
    String surveyFigure();

    @Message
    String surveyValue();

    @Message
    String surveyNpsOf(String outcome);

    @Message
    String surveyHidden(int minimum);

    @Message
    String surveyExplanation(int minimum);

    @Message
    String latestComments();

    @Message
    String workingDays(int days);

    @Message
    String sourcesExplanation(String hires);

    @Message
    String chartOf(String title);

    @Message
    String tableOf(String title);

    @Message
    String showing(String from, String to);
}
