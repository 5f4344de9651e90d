package nl.werving.bench;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.careers.CareersService;
import nl.werving.careers.JobFilter;
import nl.werving.careers.PublicJob;
import nl.werving.screening.ScreeningService;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;

/**
 * Exists only in the benchmark build: reads what a careers page shows, with the same service calls as the page, then
 * answers with the page's fixed bytes instead of rendering. Measured beside the page and its baseline, it tells how much
 * of a page's cost is reading its data, and so what the page could reach with rendering that cost nothing.
 */
@IfBuildProfile("bench")
@Path("/bench/data")
@Produces(MediaType.TEXT_HTML)
public class BenchmarkDataOnly {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    CareersService careers;

    @Inject
    ScreeningService screening;

    @Inject
    BenchmarkBaseline baseline;

    /** The open vacancies /jobs lists, with their languages and texts. */
    @GET
    @Path("jobs")
    public byte[] jobs() throws IOException {
        careers.search(new JobFilter().normalised(), Language.NL);
        return baseline.page("jobs");
    }

    /** The vacancy, its text, languages and screening questions, as its page reads them. */
    @GET
    @Path("vacancy/{slug}")
    public byte[] vacancy(@RestPath String slug) throws IOException {
        Vacancy vacancy = careers.publicVacancy(slug);
        PublicJob.of(vacancy, Language.NL);
        vacancy.languages.size();
        screening.asked(vacancy, DUTCH, Map.of());
        return baseline.page("vacancy");
    }
}
