package nl.werving.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import nl.werving.pipeline.FactScope;
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

    /** The filter as the address holds it: dates as the date inputs send them, the interviewer as an id. */
    public record CalibrationFilter(String from, String to, Long interviewer) {

        String query() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("from", from);
            values.put("to", to);
            values.put("interviewer", interviewer);
            return values.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
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
        CalibrationFilter filter = filter(from, to, interviewer);
        FormErrors errors = validate(filter);
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
        CalibrationFilter filter = filter(from, to, interviewer);
        if (!validate(filter).isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(validate(filter).first()).build();
        }
        return Response.ok(CalibrationCsv.of(calibrate(filter)))
                .header("Content-Disposition", "attachment; filename=\"kalibratie-" + filter.from() + "-" + filter.to() + ".csv\"")
                .build();
    }

    /** The address's values with the defaults: the last twelve months up to today; the interviewer only for admins. */
    private CalibrationFilter filter(String from, String to, String interviewer) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        String until = FormFields.blankToNull(to) == null ? today.toString() : to.strip();
        String since = FormFields.blankToNull(from) == null ? today.minusMonths(12).toString() : from.strip();
        return new CalibrationFilter(since, until, currentUser.isAdmin() ? id(interviewer) : null);
    }

    private FormErrors validate(CalibrationFilter filter) {
        CalibrationMessages messages = locale.bundle(CalibrationMessages.class);
        FormErrors errors = FormErrors.none();
        LocalDate from = date(filter.from());
        LocalDate to = date(filter.to());
        if (from == null) {
            errors.add("from", messages.dateInvalid());
        }
        if (to == null) {
            errors.add("to", messages.dateInvalid());
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", messages.toBeforeFrom());
        }
        return errors;
    }

    /** Non-admins are always limited to themselves: the interviewer in the address is ignored for them. */
    private Calibration calibrate(CalibrationFilter filter) {
        FactScope scope = new FactScope(date(filter.from()).atStartOfDay(Formats.ZONE).toInstant(),
                date(filter.to()).plusDays(1).atStartOfDay(Formats.ZONE).toInstant(), null, null, null, null);
        return calibration.calibrate(scope, currentUser.isAdmin() ? filter.interviewer() : currentUser.getId());
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    private static Long id(String value) {
        try {
            return FormFields.blankToNull(value) == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
