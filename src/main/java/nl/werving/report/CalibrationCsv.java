package nl.werving.report;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.werving.interview.InterviewerCalibration.Agreement;
import nl.werving.interview.InterviewerCalibration.Calibration;
import nl.werving.interview.InterviewerCalibration.InterviewerRow;
import nl.werving.interview.InterviewerCalibration.Quarter;
import nl.werving.interview.InterviewerCalibration.Shift;

/**
 * The calibration as CSV (RFC 4180), one figure per line with what it rests on, rounded as the page rounds them. Withheld figures keep their n and an
 * empty value, exactly as the page withholds them. Numbers with a dot and quarters as {@code 2026-Q3}, so a
 * spreadsheet reads them in any language.
 */
final class CalibrationCsv {

    static final String HEADER = "interviewer,statistic,group,value,n,ratings,note";
    static final String TOO_FEW = "too few";
    static final String ALL = "all competencies";

    private CalibrationCsv() {
    }

    static String of(Calibration calibration) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (InterviewerRow row : calibration.interviewers()) {
            for (int i = 0; i < calibration.competencies().size(); i++) {
                shift(csv, row.name(), "leniency", calibration.competencies().get(i), row.byCompetency().get(i));
            }
            shift(csv, row.name(), "leniency", ALL, row.overall());
            for (int i = 0; i < calibration.quarters().size(); i++) {
                Quarter quarter = calibration.quarters().get(i);
                shift(csv, row.name(), "leniency by quarter", quarter.year() + "-Q" + quarter.quarter(), row.byQuarter().get(i));
            }
            if (row.advice().n() > 0) {
                line(csv, row.name(), "advice matched outcome (%)", "",
                        CalibrationFormats.plain(row.advice().share() == null ? null : row.advice().share() * 100, 0),
                        row.advice().n(), "", row.advice().isShown() ? "" : TOO_FEW);
            }
        }
        Stream.concat(calibration.agreement().stream(), Stream.ofNullable(calibration.overallAgreement()))
                .filter(agreement -> agreement.applications() > 0).forEach(agreement -> agreement(csv, agreement));
        return csv.toString();
    }

    private static void shift(StringBuilder csv, String interviewer, String statistic, String group, Shift shift) {
        if (shift.n() > 0) {
            line(csv, interviewer, statistic, group, CalibrationFormats.machine(shift.value(), 1), shift.n(), "",
                    shift.isShown() ? "" : TOO_FEW);
        }
    }

    private static void agreement(StringBuilder csv, Agreement agreement) {
        String note = agreement.isTooFew() ? TOO_FEW : agreement.isWithoutSpread() ? "no spread" : "";
        line(csv, "", "krippendorff alpha (interval)", agreement.competency() == null ? ALL : agreement.competency(),
                agreement.isShown() ? CalibrationFormats.plain(agreement.alpha(), 2) : "", agreement.applications(),
                String.valueOf(agreement.ratings()), note);
    }

    private static void line(StringBuilder csv, String interviewer, String statistic, String group, String value, int n,
            String ratings, String note) {
        csv.append(List.of(interviewer, statistic, group, value, String.valueOf(n), ratings, note).stream()
                .map(CalibrationCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quoted where needed; a name a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-][0-9.]+") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
