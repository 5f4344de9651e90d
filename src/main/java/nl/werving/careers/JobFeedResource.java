package nl.werving.careers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.WervingConfig;

/**
 * Open vacancies as XML for job boards. A board fetches {@code /jobs/feed.xml?src=indeed}; its apply
 * links then carry {@code src=indeed}, so applications are counted for that board.
 */
@Path("/jobs/feed.xml")
public class JobFeedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(List<Vacancy> jobs, String src, String baseUrl, String company, Instant generated);
    }

    @Inject
    CareersService careers;

    @Inject
    WervingConfig config;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_XML)
    public TemplateInstance feed(@RestQuery String src) {
        String tag = src == null ? "feed" : src.toLowerCase().replaceAll("[^a-z0-9-]", "");
        return Templates.feed(careers.search(new JobFilter()).jobs(), tag.isEmpty() ? "feed" : tag, config.baseUrl(),
                config.companyName(), Instant.now(clock));
    }
}
