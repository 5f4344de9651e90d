package nl.werving.careers;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
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
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import nl.werving.careers.CareersService.JobSearch;
import nl.werving.personaldata.Retention;
import nl.werving.screening.Screening.Answers;
import nl.werving.screening.Screening.AskedQuestion;
import nl.werving.screening.Screening.Verdict;
import nl.werving.screening.ScreeningService;
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

        static native TemplateInstance job(Vacancy vacancy, PublicJob job, String description, String jsonLd, ApplyForm form,
                FormErrors errors, String src, List<AskedQuestion> questions);

        static native TemplateInstance description(PublicJob job);

        static native TemplateInstance applied(Vacancy vacancy, String title, int responseDays, String unmet);

        static native TemplateInstance privacy(int retentionDays, int talentPoolMonths);

        static native TemplateInstance tooManyApplications(Vacancy vacancy, long retryMinutes);
    }

    static final int HOME_JOBS = 6;
    static final int MAX_UNMET = 50;

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

    @Inject
    ScreeningService screening;

    @GET
    public Response home() {
        return publicPages.render("home", () -> {
            JobSearch all = careers.search(new JobFilter(), visitorLanguage());
            return Templates.home(all.jobs().stream().limit(HOME_JOBS).toList(), all.totalOpen(), careers.responseDays());
        });
    }

    @GET
    @Path("jobs")
    public Response jobs(@BeanParam JobFilter filter) {
        JobFilter list = filter.normalised();
        return publicPages.render("jobs " + list.listKey(), () -> Templates.jobs(careers.search(list, visitorLanguage()), list));
    }

    @GET
    @Path("jobs/{slug}")
    public TemplateInstance job(@RestPath String slug, @RestQuery String src) {
        Vacancy vacancy = careers.publicVacancy(slug);
        ApplyForm form = new ApplyForm();
        form.src = src;
        return page(vacancy, form, FormErrors.none(), Map.of());
    }

    /**
     * The address a refused form was shown at, opened again: by the language switch, a reload or a shared link. The form
     * lives on the vacancy's page.
     */
    @GET
    @Path("jobs/{slug}/apply")
    public Response applyForm(@RestPath String slug) {
        return Response.seeOther(URI.create("/jobs/" + careers.publicVacancy(slug).slug + "#solliciteren")).build();
    }

    @POST
    @Path("jobs/{slug}/apply")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response apply(@RestPath String slug, @BeanParam ApplyForm form, MultipartFormDataInput input,
            HttpServerRequest request) {
        Vacancy vacancy = careers.publicVacancy(slug);
        if (form.isBot()) {
            return thanks(slug);
        }
        form.strip();
        boolean withoutCv = form.cv == null || form.cv.size() == 0;
        Set<ConstraintViolation<ApplyForm>> violations = validator.validate(form);
        if (vacancy.cvOptional && withoutCv) {
            violations = violations.stream().filter(v -> !"cv".equals(v.getPropertyPath().toString())).collect(Collectors.toSet());
        }
        FormErrors errors = FormErrors.of(violations);
        Map<String, String> raw = screeningFields(input);
        Answers answers = screening.read(vacancy, raw, locale.get());
        answers.errors().forEach(errors::add);
        if (!errors.isEmpty()) {
            if (!errors.has("cv") && !(vacancy.cvOptional && withoutCv)) {
                // Browsers never fill a file field in again, so the page says the CV has to be chosen once more.
                errors.add("cv", locale.bundle(CareersMessages.class).cvAgain());
            }
            // An answer outside what the question allows is a form the server understood but cannot accept.
            int status = answers.hasErrors() ? 422 : Response.Status.BAD_REQUEST.getStatusCode();
            return Response.status(status).entity(page(vacancy, form, errors, raw)).build();
        }
        // Counted once the form is right: a candidate correcting mistakes, or a class sharing one address, is not a flood.
        if (!rateLimiter.tryAcquire(request)) {
            return Response.status(429).header("Retry-After", rateLimiter.retryAfterSeconds())
                    .entity(Templates.tooManyApplications(vacancy, Math.max(1, rateLimiter.retryAfterSeconds() / 60))).build();
        }
        Verdict verdict = screening.judge(vacancy, answers);
        careers.apply(vacancy, form, withoutCv ? null : form.cvFile(), locale.get(), answers, verdict);
        if (verdict.knockedOut()) {
            // The page tells at once which requirements the answers did not meet; rule ids alone name nobody.
            String unmet = verdict.ruleIds().stream().map(id -> "unmet=" + id).collect(Collectors.joining("&"));
            return Response.seeOther(URI.create("/jobs/" + slug + "/applied?" + unmet)).build();
        }
        return thanks(slug);
    }

    /** The answers to screening questions: fields named {@code q} and the question's id. */
    private static Map<String, String> screeningFields(MultipartFormDataInput input) {
        Map<String, String> raw = new HashMap<>();
        if (input == null) {
            return raw;
        }
        for (Map.Entry<String, Collection<FormValue>> field : input.getValues().entrySet()) {
            if (field.getKey().matches("q\\d{1,18}") && !field.getValue().isEmpty()) {
                FormValue value = field.getValue().iterator().next();
                if (!value.isFileItem()) {
                    raw.put(field.getKey(), value.getValue());
                }
            }
        }
        return raw;
    }

    @GET
    @Path("jobs/{slug}/applied")
    public TemplateInstance applied(@RestPath String slug, @RestQuery List<Long> unmet) {
        Vacancy vacancy = careers.publicVacancy(slug);
        // As many as a vacancy's rules can sensibly be; a longer list in a hand-made address is cut, not looked up.
        List<Long> ruleIds = unmet.stream().limit(MAX_UNMET).toList();
        String requirement = ruleIds.isEmpty() ? null : screening.requirementsOf(vacancy.id, ruleIds, locale.get()).orElse(null);
        return Templates.applied(vacancy, vacancy.titleIn(locale.get()), careers.responseDays(), requirement);
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        Retention.Terms terms = careers.privacyTerms();
        return Templates.privacy(terms.retentionDays(), terms.talentPoolMonths());
    }

    private TemplateInstance page(Vacancy vacancy, ApplyForm form, FormErrors errors, Map<String, String> answers) {
        PublicJob job = PublicJob.of(vacancy, visitorLanguage());
        // The headings of the description in the language of its text, as the posting is read as one text.
        String description = Templates.description(job).setLocale(Locale.forLanguageTag(job.text().getLang())).render();
        // Unless the text is another language's, the page shows the same description: rendered once for both.
        return Templates.job(vacancy, job, description, postings.jsonLd(vacancy, job.text(), description), form, errors, form.src,
                screening.asked(vacancy, locale.get(), answers));
    }

    private Language visitorLanguage() {
        return Language.of(locale.get());
    }

    private static Response thanks(String slug) {
        return Response.seeOther(URI.create("/jobs/" + slug + "/applied")).build();
    }
}
