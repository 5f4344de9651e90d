package nl.werving.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.interview.InterviewerCalibration;
import nl.werving.interview.InterviewerCalibration.Calibration;
import nl.werving.interview.InterviewerCalibration.Interviewer;
import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;
import nl.werving.web.Formats;
import nl.werving.web.RequestLocale;

/**
 * Interviewer calibration, as a page and as CSV. Admins see every interviewer and may pick one; anyone else sees their
 * own figures only, whatever the address asks for.
 */
@Path("/app/reports")
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CalibrationResource {

    static final String PAGE = "/app/reports/calibration";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calibration(CalibrationFilter chosen, Calibration calibration, List<Interviewer> interviewers,
                boolean ownOnly, String csvLink, FormErrors errors);
    }

    /** The period as the reports page reads it, and for admins one interviewer. */
    public record CalibrationFilter(ReportFilter period, Long interviewer) {

        public String getFrom() {
            return period.from().toString();
        }

        public String getTo() {
            return period.to().toString();
        }

        String query() {
            return period.query() + (interviewer == null ? "" : "&interviewer=" + interviewer);
        }
    }

    @Inject
    InterviewerCalibration calibration;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestLocale locale;

    @Inject
    Clock clock;

    @GET
    @Path("calibration")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String from, @RestQuery String to, @RestQuery String interviewer) {
        FormErrors errors = FormErrors.none();
        CalibrationFilter filter = filter(from, to, interviewer, errors);
        List<Interviewer> interviewers = currentUser.isAdmin() ? calibration.interviewers() : List.of();
        if (!errors.isEmpty()) {
            Calibration none = new Calibration(InterviewerCalibration.MINIMUM, List.of(), List.of(), List.of(), List.of(), null);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.calibration(filter, none, interviewers, !currentUser.isAdmin(), "", errors)).build();
        }
        return Response.ok(Templates.calibration(filter, calibrate(filter), interviewers, !currentUser.isAdmin(),
                PAGE + ".csv?" + filter.query(), errors)).build();
    }

    @GET
    @Path("calibration.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@RestQuery String from, @RestQuery String to, @RestQuery String interviewer) {
        FormErrors errors = FormErrors.none();
        CalibrationFilter filter = filter(from, to, interviewer, errors);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(errors.first()).build();
        }
        return Response.ok(CalibrationCsv.of(calibrate(filter)))
                .header("Content-Disposition", "attachment; filename=\"kalibratie-" + filter.getFrom() + "-" + filter.getTo() + ".csv\"")
                .build();
    }

    /** The period as the reports page reads it (default: the last twelve months); the interviewer only for admins. */
    private CalibrationFilter filter(String from, String to, String interviewer, FormErrors errors) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        ReportFilter period = ReportFilter.parse(from, to, null, null, null, today, locale.bundle(ReportMessages.class), errors);
        return new CalibrationFilter(period, currentUser.isAdmin() ? id(interviewer) : null);
    }

    /** Non-admins are always limited to themselves: the interviewer in the address is ignored for them. */
    private Calibration calibrate(CalibrationFilter filter) {
        return calibration.calibrate(filter.period().scope(null), currentUser.isAdmin() ? filter.interviewer() : currentUser.getId());
    }

    private static Long id(String value) {
        try {
            return FormFields.blankToNull(value) == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
