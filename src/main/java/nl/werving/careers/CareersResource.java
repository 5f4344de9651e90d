package nl.werving.careers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.werving.candidate.CvFile;
import nl.werving.careers.CareersService.JobSearch;
import nl.werving.personaldata.Retention;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.ClientAddress;
import nl.werving.web.Flash;
import nl.werving.web.FormErrors;
import nl.werving.web.RequestLocale;

/** The public careers site: home, job list, job ad with apply form, thank-you page, privacy notice. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CareersResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Vacancy> latest, int totalOpen, int responseDays);

        static native TemplateInstance jobs(JobSearch search, JobFilter filter);

        static native TemplateInstance job(Vacancy vacancy, String jsonLd, ApplyForm form, FormErrors errors, String src);

        static native TemplateInstance description(Vacancy vacancy);

        static native TemplateInstance applied(Vacancy vacancy, int responseDays);

        static native TemplateInstance privacy(int retentionDays, int talentPoolMonths);

        static native TemplateInstance tooManyApplications(Vacancy vacancy, long retryMinutes);
    }

    static final int HOME_JOBS = 6;
    static final MediaType HTML_UTF8 = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    CareersService careers;

    @Inject
    JobPostings postings;

    @Inject
    ApplyRateLimiter rateLimiter;

    @Inject
    Validator validator;

    @Inject
    RequestLocale locale;

    @Inject
    CareersConfig config;

    @Inject
    Retention retention;

    @Inject
    HttpServerRequest request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicPages publicPages;

    @Inject
    Flash flash;

    @GET
    public Response home() {
        return cached(() -> {
            JobSearch all = careers.search(new JobFilter());
            return Templates.home(all.jobs().stream().limit(HOME_JOBS).toList(), all.totalOpen(), config.responseDays());
        });
    }

    @GET
    @Path("jobs")
    public Response jobs(@BeanParam JobFilter filter) {
        return cached(() -> Templates.jobs(careers.search(filter), filter));
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
    public Response apply(@RestPath String slug, @BeanParam ApplyForm form) {
        Vacancy vacancy = careers.publicVacancy(slug);
        if (!rateLimiter.tryAcquire(clientAddress.of(request))) {
            return Response.status(429).header("Retry-After", rateLimiter.retryAfterSeconds())
                    .entity(Templates.tooManyApplications(vacancy, Math.max(1, rateLimiter.retryAfterSeconds() / 60))).build();
        }
        if (form.isBot()) {
            return thanks(slug);
        }
        form.strip();
        FormErrors errors = FormErrors.of(validator.validate(form));
        Optional<CvFile> cv = checkCv(form.cv, errors);
        if (!errors.isEmpty() && cv.isPresent()) {
            // Browsers never fill a file field in again, so the page says the CV has to be chosen once more.
            errors.add("cv", locale.bundle(CareersMessages.class).cvAgain());
        }
        if (!errors.isEmpty() || cv.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(vacancy, form, errors)).build();
        }
        careers.apply(vacancy, form, cv.get(), locale.get());
        return thanks(slug);
    }

    @GET
    @Path("jobs/{slug}/applied")
    public TemplateInstance applied(@RestPath String slug) {
        return Templates.applied(careers.publicVacancy(slug), config.responseDays());
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        Retention.Terms terms = retention.terms();
        return Templates.privacy(terms.retentionDays(), terms.talentPoolMonths());
    }

    /** Lists are the same for everyone in a language, unless a flash message is waiting for this visitor. */
    private Response cached(Supplier<TemplateInstance> page) {
        Supplier<String> render = () -> page.get().setLocale(locale.get()).render();
        Object html = flash.hasMessage() ? render.get() : publicPages.get(locale.getLanguage() + " " + request.uri(), render);
        return Response.ok(html, HTML_UTF8).build();
    }

    private TemplateInstance page(Vacancy vacancy, ApplyForm form, FormErrors errors) {
        String description = Templates.description(vacancy).setLocale(locale.get()).render();
        return Templates.job(vacancy, postings.jsonLd(vacancy, description), form, errors, form.src);
    }

    /** The CV must be there, at most 5 MB, and really a PDF or DOCX; the browser's word for it is not enough. */
    private Optional<CvFile> checkCv(FileUpload upload, FormErrors errors) {
        CareersMessages msg = locale.bundle(CareersMessages.class);
        if (upload == null || upload.size() == 0) {
            errors.add("cv", msg.cvMissing());
            return Optional.empty();
        }
        if (upload.size() > CvFile.MAX_BYTES) {
            errors.add("cv", msg.cvTooLarge());
            return Optional.empty();
        }
        byte[] content;
        try {
            content = Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> type = CvFile.detectType(content);
        if (type.isEmpty()) {
            errors.add("cv", msg.cvWrongType());
            return Optional.empty();
        }
        return Optional.of(CvFile.of(upload.fileName(), type.get(), content));
    }

    private static Response thanks(String slug) {
        return Response.seeOther(URI.create("/jobs/" + slug + "/applied")).build();
    }
}
