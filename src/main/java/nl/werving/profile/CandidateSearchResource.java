package nl.werving.profile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.werving.candidate.Tag;
import nl.werving.candidate.TagChip;
import nl.werving.identity.Roles;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.CandidateHit;
import nl.werving.pipeline.CandidateSearch;
import nl.werving.pipeline.SearchOrder;
import nl.werving.pipeline.SourceChannel;
import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;
import nl.werving.web.IsoDate;
import nl.werving.web.OneOf;
import nl.werving.web.Page;
import nl.werving.web.PersonalData;
import nl.werving.web.RequestLocale;

/**
 * Finding any candidate across the vacancies the user may see: by name, e-mail, phone or vacancy, narrowed by outcome,
 * source and the days applied between. Hiring managers search their own vacancies only.
 */
@Path("/app/candidates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class CandidateSearchResource {

    static final int TEXT_MAX = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, Page<CandidateHit> page, String pageLink, FormErrors errors,
                Map<Long, List<TagChip>> tags);
    }

    /** The search as the page's form sends it: every field optional, every choice checked. */
    public record SearchForm(
            @Size(max = TEXT_MAX, message = "{werving.size.max}") String q,
            @OneOf(ApplicationStatus.class) String status,
            @OneOf(SourceChannel.class) String source,
            @IsoDate String from,
            @IsoDate String to,
            @OneOf(SearchOrder.class) String sort,
            List<@Size(max = Tag.NAME_MAX, message = "{werving.size.max}") String> tag) {

        public SearchForm {
            tag = tag == null ? List.of() : tag.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
        }

        /** The address of this search's pages, the tags before the page number. */
        String pageLink() {
            String link = filtersLink();
            return link.substring(0, link.length() - "page=".length())
                    + tag.stream().map(t -> "tag=" + URLEncoder.encode(t, StandardCharsets.UTF_8) + "&").collect(Collectors.joining())
                    + "page=";
        }

        /** The query string of this search without a page, to save it. */
        public String query() {
            String link = pageLink();
            String query = link.substring(link.indexOf('?') + 1, link.length() - "page=".length());
            return query.endsWith("&") ? query.substring(0, query.length() - 1) : query;
        }

        private String filtersLink() {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("q", q);
            filters.put("status", status);
            filters.put("source", source);
            filters.put("from", from);
            filters.put("to", to);
            filters.put("sort", sort);
            return Page.link("/app/candidates", filters);
        }
    }

    @Inject
    Validator validator;

    @Inject
    CandidateProfiles profiles;

    @Inject
    CandidateTagging tagging;

    @Inject
    RequestLocale locale;

    @GET
    public Response search(@RestQuery String q, @RestQuery String status, @RestQuery String source, @RestQuery String from,
            @RestQuery String to, @RestQuery String sort, @RestQuery String page, @RestQuery List<String> tag) {
        SearchForm form = new SearchForm(q, FormFields.blankToNull(status), FormFields.blankToNull(source),
                FormFields.blankToNull(from), FormFields.blankToNull(to), FormFields.blankToNull(sort), tag);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (CandidateSearch.isTooShort(q)) {
            errors.add("q", locale.bundle(ProfileMessages.class).searchTooShort());
        }
        if (!errors.isEmpty()) {
            return PersonalData.uncached(Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(form, new Page<>(List.of(), 1, Application.SEARCH_PAGE_SIZE, 0), "", errors, Map.of())));
        }
        CandidateSearch search = new CandidateSearch(q, FormFields.choice(ApplicationStatus.class, form.status()),
                FormFields.choice(SourceChannel.class, form.source()), date(form.from()), date(form.to()),
                FormFields.choice(SearchOrder.class, form.sort()), null, pageNumber(page)).withTags(form.tag());
        Page<CandidateHit> hits = profiles.search(search);
        Map<Long, List<TagChip>> tags = tagging.chips(hits.items().stream().map(CandidateHit::candidateId).collect(Collectors.toSet()));
        return PersonalData.uncached(Response.ok(Templates.search(form, hits, form.pageLink(),
                FormErrors.none(), tags)));
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    /** A page number out of range or not a number shows the first page. */
    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
