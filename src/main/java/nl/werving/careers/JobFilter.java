package nl.werving.careers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.ws.rs.DefaultValue;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.TemplateEnum;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.FormFields;

/** The filters of the public job list, kept in the URL so a filtered list can be shared. */
public class JobFilter {

    /** Longer searches are cut here: nobody types more, and a script gets no work out of it. */
    static final int MAX_KEYWORDS = 80;

    /** Pages of results a visitor can ask for at most; a larger number shows what this one shows. */
    static final int MAX_PAGES = 100;

    /** Hours a week a candidate is looking for. */
    @TemplateEnum
    public enum Hours {
        UP_TO_24, FROM_24_TO_32, FROM_32;

        boolean overlaps(Integer min, Integer max) {
            return switch (this) {
                case UP_TO_24 -> min != null && min <= 24;
                case FROM_24_TO_32 -> min != null && max != null && min <= 32 && max >= 24;
                case FROM_32 -> max != null && max >= 32;
            };
        }
    }

    /** Words that must all occur in the title, team, city or texts the visitor reads. */
    @RestQuery
    public String q;

    @RestQuery
    public String city;

    public ContractType contract;

    public Hours hours;

    /** A language the work is in. */
    public Language language;

    // The choices as the address gives them, read as text: bound to the enums, a retired or mistyped value in an old link
    // would answer 404. normalised() keeps a known value only.
    @RestQuery("contract")
    String contractChoice;

    @RestQuery("hours")
    String hoursChoice;

    @RestQuery("language")
    String languageChoice;

    /** Only work without weekends. */
    @RestQuery
    public boolean noWeekend;

    /** How many pages of results to show: "more" adds a page below the ones already read. */
    @RestQuery
    @DefaultValue("1")
    public int page = 1;

    /** Whether the visitor filters on this city, spelled as the list of cities spells it (a link may spell it otherwise). */
    public boolean isCity(String choice) {
        return city != null && city.equalsIgnoreCase(choice);
    }

    public boolean matches(Vacancy vacancy) {
        return (city == null || city.isBlank() || isCity(vacancy.city))
                && (contract == null || contract == vacancy.contractType)
                && (hours == null || hours.overlaps(vacancy.hoursMin, vacancy.hoursMax))
                && (language == null || vacancy.levelFor(language).isPresent())
                && (!noWeekend || !vacancy.weekendWork);
    }

    /** The vacancy passes the filters, and its texts or {@link SearchWords} hold every word of the search. */
    public boolean matches(PublicJob job, SearchWords searchWords) {
        if (!matches(job.vacancy())) {
            return false;
        }
        if (q == null || q.isBlank()) {
            return true;
        }
        String text = job.searchText() + " " + searchWords.of(job.vacancy());
        String words = q.length() > MAX_KEYWORDS ? q.substring(0, MAX_KEYWORDS) : q;
        return Arrays.stream(PublicJob.normalize(words).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).allMatch(text::contains);
    }

    public boolean isActive() {
        return (q != null && !q.isBlank()) || (city != null && !city.isBlank()) || contract != null || hours != null
                || language != null || noWeekend;
    }

    /**
     * These filters in one form for each list they show: the search with single spaces and cut to its length, blanks
     * and unknown choices as no filter, the page within bounds. The page cache is keyed on it, so spaces, an over-long
     * search, an unknown choice or a huge page number make no new copy.
     */
    public JobFilter normalised() {
        q = q == null || q.isBlank() ? null : cut(q.strip().replaceAll("\\s+", " "), MAX_KEYWORDS);
        city = city == null || city.isBlank() ? null : cut(city.strip(), MAX_KEYWORDS);
        contract = contract != null ? contract : FormFields.choice(ContractType.class, FormFields.blankToNull(contractChoice));
        hours = hours != null ? hours : FormFields.choice(Hours.class, FormFields.blankToNull(hoursChoice));
        language = language != null ? language : FormFields.choice(Language.class, FormFields.blankToNull(languageChoice));
        page = Math.max(1, Math.min(page, MAX_PAGES));
        return this;
    }

    /** What tells one list from another: the filters and the page; parameters the list does not know play no part. */
    public String listKey() {
        return getQuery() + "#" + page;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length).strip() : text;
    }

    /** The query string of these filters, without the page, for "more" and alert links. */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "city", city);
        append(query, "contract", contract);
        append(query, "hours", hours);
        append(query, "language", language);
        append(query, "noWeekend", noWeekend ? "true" : null);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
        }
    }
}
