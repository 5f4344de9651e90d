package nl.werving.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyChoice;
import nl.werving.web.Formats;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/**
 * The reports page: funnel, times, sources, reasons, withdrawals, bookings and offers for a period, each as a chart with
 * its table and a CSV file. Recruiters and admins see every vacancy; a hiring manager only their own.
 */
@Path("/app/reports")
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class ReportResource {

    /** The filter's choices: vacancies, and the teams and locations they have. */
    public record Choices(List<VacancyChoice> vacancies, List<String> teams, List<String> cities) {
    }

    /** Quick periods beside the date fields. */
    public record Preset(String label, String query) {
    }

    @CheckedTemplate
    static class Templates {
        /**
         * The reports page. Each report in {@code headings} loads on its own (each is one request of its own, so none
         * waits for the others), unless it is {@code table}: the page of that one report, as it opens without JavaScript.
         */
        static native TemplateInstance reports(ReportFilter selection, Choices choices, List<Preset> presets, List<Reports.Heading> headings,
                ReportTable table, String address, FormErrors errors);

        /** One report's figures, as the page fetches them into its card. */
        static native TemplateInstance reports$body(ReportTable table);
    }

    private final Reports reports;
    private final CurrentUser currentUser;
    private final RequestLocale locale;
    private final Clock clock;

    public ReportResource(Reports reports, CurrentUser currentUser, RequestLocale locale, Clock clock) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.locale = locale;
        this.clock = clock;
    }

    /** Every report's card, each filled by a request of its own; without JavaScript each card links to its report. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String from, @RestQuery String to, @RestQuery String vacancy, @RestQuery String team,
            @RestQuery String city) {
        FormErrors errors = FormErrors.none();
        ReportFilter filter = parse(from, to, vacancy, team, city, errors);
        return page(filter, reports.headings(locale.get()), null, "/app/reports", errors);
    }

    /**
     * One report: its figures alone when the reports page asks for them, otherwise a page of its own with the filters.
     */
    @GET
    @Path("{name}")
    @Produces(MediaType.TEXT_HTML)
    public Response report(@RestPath String name, @RestQuery String from, @RestQuery String to, @RestQuery String vacancy,
            @RestQuery String team, @RestQuery String city, @HeaderParam("HX-Request") boolean fragment) {
        Reports.Heading heading = reports.heading(name, locale.get()).orElseThrow(NotFoundException::new);
        FormErrors errors = FormErrors.none();
        ReportFilter filter = parse(from, to, vacancy, team, city, errors);
        ReportTable table = reports.one(name, filter.scope(managerScope()), locale.get()).orElseThrow();
        if (fragment) {
            return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                    .entity(Templates.reports$body(table)).header(HttpHeaders.VARY, "HX-Request").build();
        }
        return Response.fromResponse(page(filter, List.of(heading), table, "/app/reports/" + name, errors))
                .header(HttpHeaders.VARY, "HX-Request").build();
    }

    private Response page(ReportFilter filter, List<Reports.Heading> headings, ReportTable table, String address, FormErrors errors) {
        ReportMessages messages = locale.bundle(ReportMessages.class);
        LocalDate today = today();
        List<Preset> presets = List.of(new Preset(messages.lastMonth(), ReportFilter.lastMonth(today).query()),
                new Preset(messages.lastYear(), ReportFilter.lastYear(today).query()),
                new Preset(messages.thisYear(), new ReportFilter(today.withDayOfYear(1), today, null, null, null).query()));
        TemplateInstance page = Templates.reports(filter, choices(), presets, headings, table, address, errors);
        return Response.status(errors.isEmpty() ? Response.Status.OK : Response.Status.BAD_REQUEST).entity(page).build();
    }

    /** One report as a CSV file, with the same figures (and the same small groups left out) as the page. */
    @GET
    @Path("{name}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@RestPath String name, @RestQuery String from, @RestQuery String to, @RestQuery String vacancy,
            @RestQuery String team, @RestQuery String city) {
        FormErrors errors = FormErrors.none();
        ReportFilter filter = parse(from, to, vacancy, team, city, errors);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(String.join("\n", errors.getAll().stream().map(e -> e.field() + ": " + e.message()).toList())).build();
        }
        ReportTable table = reports.one(name, filter.scope(managerScope()), locale.get()).orElseThrow(NotFoundException::new);
        String file = "werving-" + name + "-" + filter.from() + "-" + filter.to() + ".csv";
        return Response.ok(Csv.of(table)).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private ReportFilter parse(String from, String to, String vacancy, String team, String city, FormErrors errors) {
        return ReportFilter.parse(from, to, vacancy, team, city, today(), locale.bundle(ReportMessages.class), errors);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /** A hiring manager's reports cover their own vacancies only, whatever the query asks. */
    private Long managerScope() {
        return currentUser.canManageVacancies() ? null : currentUser.getId();
    }

    private Choices choices() {
        List<VacancyChoice> vacancies = Vacancy.listChoices(managerScope());
        return new Choices(vacancies, distinct(vacancies.stream().map(VacancyChoice::team).toList()),
                distinct(vacancies.stream().map(VacancyChoice::city).toList()));
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank())
                .collect(java.util.stream.Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
    }
}
