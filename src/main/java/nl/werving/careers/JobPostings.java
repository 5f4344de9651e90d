package nl.werving.careers;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyText;
import nl.werving.vacancy.WorkModel;
import nl.werving.web.Formats;
import nl.werving.web.WervingConfig;

/**
 * A vacancy as schema.org {@code JobPosting}, so search engines and job boards can read it: embedded as
 * JSON-LD in the public detail page.
 */
@ApplicationScoped
public class JobPostings {

    /** Hours a week from which schema.org calls a job full time. */
    static final int FULL_TIME_HOURS = 36;

    private final ObjectMapper json;
    private final WervingConfig config;

    public JobPostings(ObjectMapper json, WervingConfig config) {
        this.json = json;
        this.config = config;
    }

    /** The JSON-LD, safe to place inside a script element. */
    public String jsonLd(Vacancy vacancy, VacancyText text, String description) {
        Map<String, Object> posting = new LinkedHashMap<>();
        posting.put("@context", "https://schema.org/");
        posting.put("@type", "JobPosting");
        posting.put("title", text.title);
        posting.put("description", description);
        // The language of title and description: the one the page shows (one page, one posting; see README).
        posting.put("inLanguage", text.getLang());
        posting.put("identifier", node("PropertyValue", "name", config.companyName(), "value", String.valueOf(vacancy.id)));
        posting.put("url", config.baseUrl() + "/jobs/" + vacancy.slug);
        if (vacancy.publishedAt != null) {
            posting.put("datePosted", vacancy.publishedAt.atZone(Formats.ZONE).toLocalDate().toString());
        }
        if (vacancy.closingDate != null) {
            posting.put("validThrough", vacancy.closingDate.atTime(LocalTime.of(23, 59)).atZone(Formats.ZONE).toOffsetDateTime().toString());
        }
        posting.put("employmentType", employmentTypes(vacancy));
        posting.put("hiringOrganization", node("Organization", "name", config.companyName(),
                "sameAs", config.baseUrl(), "logo", config.baseUrl() + "/img/werving.svg"));
        posting.put("jobLocation", node("Place", "address", node("PostalAddress",
                "addressLocality", vacancy.city, "addressCountry", vacancy.country.name())));
        if (vacancy.workModel == WorkModel.REMOTE) {
            posting.put("jobLocationType", "TELECOMMUTE");
            posting.put("applicantLocationRequirements", node("Country", "name", vacancy.country.name()));
        }
        if (vacancy.salaryMin != null && vacancy.salaryMax != null) {
            posting.put("baseSalary", node("MonetaryAmount", "currency", "EUR", "value",
                    node("QuantitativeValue", "minValue", vacancy.salaryMin, "maxValue", vacancy.salaryMax, "unitText", "MONTH")));
        }
        if (vacancy.hoursMin != null && vacancy.hoursMax != null) {
            posting.put("workHours", vacancy.hoursMin + "-" + vacancy.hoursMax + " hours per week");
        }
        posting.put("directApply", true);
        try {
            return json.writeValueAsString(posting).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings and numbers always serialises", e);
        }
    }

    /**
     * A schema.org object: its type first, then the given names and values in their order. The page's bytes are then the
     * same on every instance and after every restart ({@code Map.of} orders its keys differently in each JVM).
     */
    private static Map<String, Object> node(String type, Object... namesAndValues) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return node;
    }

    static List<String> employmentTypes(Vacancy vacancy) {
        List<String> types = new ArrayList<>();
        if (vacancy.hoursMax != null && vacancy.hoursMax >= FULL_TIME_HOURS) {
            types.add("FULL_TIME");
        }
        if (vacancy.hoursMin != null && vacancy.hoursMin < FULL_TIME_HOURS) {
            types.add("PART_TIME");
        }
        if (vacancy.contractType == ContractType.FIXED_TERM || vacancy.contractType == ContractType.AGENCY) {
            types.add("TEMPORARY");
        }
        return types;
    }
}
