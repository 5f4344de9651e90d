package nl.werving.careers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.vacancy.Language;
import nl.werving.web.WervingConfig;

/**
 * Open vacancies as XML for job boards. A board fetches {@code /jobs/feed.xml?src=indeed}; its apply
 * links then carry {@code src=indeed}, so applications are counted for that board. {@code lang=en|fr} gives the
 * texts in that language where they were written; each job says in {@code xml:lang} which language it is in.
 */
@Path("/jobs/feed.xml")
public class JobFeedResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(List<PublicJob> jobs, String lang, String src, String baseUrl, String company, Instant generated);
    }

    @Inject
    CareersService careers;

    @Inject
    WervingConfig config;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_XML)
    public Response feed(@RestQuery String src, @RestQuery String lang) {
        Language language;
        try {
            language = lang == null || lang.isBlank() ? Language.NL : Language.valueOf(lang.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("lang: use nl, en or fr").build();
        }
        String tag = src == null ? "feed" : src.toLowerCase().replaceAll("[^a-z0-9-]", "");
        return Response.ok(Templates.feed(careers.search(new JobFilter(), language).jobs(), language.name().toLowerCase(Locale.ROOT),
                tag.isEmpty() ? "feed" : tag, config.baseUrl(), config.companyName(), Instant.now(clock)), MediaType.APPLICATION_XML).build();
    }
}
