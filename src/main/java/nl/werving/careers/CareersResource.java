package nl.werving.careers;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.werving.careers.CareersService.JobSearch;
import nl.werving.personaldata.Retention;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/** The public careers site: home, job list, job ad with apply form, thank-you page, privacy notice. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CareersResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<PublicJob> latest, int totalOpen, int responseDays);

        static native TemplateInstance jobs(JobSearch search, JobFilter filter);

        static native TemplateInstance job(Vacancy vacancy, PublicJob job, String jsonLd, ApplyForm form, FormErrors errors, String src);

        static native TemplateInstance description(PublicJob job);

        static native TemplateInstance applied(Vacancy vacancy, int responseDays);

        static native TemplateInstance privacy(int retentionDays, int talentPoolMonths);

        static native TemplateInstance tooManyApplications(Vacancy vacancy, long retryMinutes);
    }

    static final int HOME_JOBS = 6;

    @Inject
    CareersService careers;

    @Inject
    JobPostings postings;

    @Inject
    PublicPages publicPages;

    @Inject
    ApplyRateLimiter rateLimiter;

    @Inject
    Validator validator;

    @Inject
    RequestLocale locale;

    @GET
    public Response home() {
        return publicPages.render(() -> {
            JobSearch all = careers.search(new JobFilter(), visitorLanguage());
            return Templates.home(all.jobs().stream().limit(HOME_JOBS).toList(), all.totalOpen(), careers.responseDays());
        });
    }

    @GET
    @Path("jobs")
    public Response jobs(@BeanParam JobFilter filter) {
        return publicPages.render(() -> Templates.jobs(careers.search(filter, visitorLanguage()), filter));
    }

    @GET
    @Path("jobs/{slug}")
    public TemplateInstance job(@RestPath String slug, @RestQuery String src) {
        Vacancy vacancy = careers.publicVacancy(slug);
        ApplyForm form = new ApplyForm();
        form.src = src;
        return page(vacancy, form, FormErrors.none());
    }

    @POST
    @Path("jobs/{slug}/apply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response apply(@RestPath String slug, @BeanParam ApplyForm form, HttpServerRequest request) {
        Vacancy vacancy = careers.publicVacancy(slug);
        if (!rateLimiter.tryAcquire(request)) {
            return Response.status(429).header("Retry-After", rateLimiter.retryAfterSeconds())
                    .entity(Templates.tooManyApplications(vacancy, Math.max(1, rateLimiter.retryAfterSeconds() / 60))).build();
        }
        if (form.isBot()) {
            return thanks(slug);
        }
        form.strip();
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.isEmpty()) {
            if (!errors.has("cv")) {
                // Browsers never fill a file field in again, so the page says the CV has to be chosen once more.
                errors.add("cv", locale.bundle(CareersMessages.class).cvAgain());
            }
            return Response.status(Response.Status.BAD_REQUEST).entity(page(vacancy, form, errors)).build();
        }
        careers.apply(vacancy, form, form.cvFile(), locale.get());
        return thanks(slug);
    }

    @GET
    @Path("jobs/{slug}/applied")
    public TemplateInstance applied(@RestPath String slug) {
        return Templates.applied(careers.publicVacancy(slug), careers.responseDays());
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        Retention.Terms terms = careers.privacyTerms();
        return Templates.privacy(terms.retentionDays(), terms.talentPoolMonths());
    }

    private TemplateInstance page(Vacancy vacancy, ApplyForm form, FormErrors errors) {
        PublicJob job = PublicJob.of(vacancy, visitorLanguage());
        // The headings of the description in the language of its text, as the posting is read as one text.
        String description = Templates.description(job).setLocale(Locale.forLanguageTag(job.text().getLang())).render();
        return Templates.job(vacancy, job, postings.jsonLd(vacancy, job.text(), description), form, errors, form.src);
    }

    private Language visitorLanguage() {
        return Language.valueOf(locale.getLanguage().toUpperCase(Locale.ROOT));
    }

    private static Response thanks(String slug) {
        return Response.seeOther(URI.create("/jobs/" + slug + "/applied")).build();
    }
}
