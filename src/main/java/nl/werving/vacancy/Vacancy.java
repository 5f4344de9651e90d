package nl.werving.vacancy;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import nl.werving.identity.AppUser;
import nl.werving.web.Filters;
import nl.werving.web.Page;

/**
 * A vacancy with the fields of an honest ad: what the work is, when, where, for how much, in which
 * languages, and who decides. No personal data of candidates lives here.
 */
@Entity
public class Vacancy extends PanacheEntity {

    public static final int PAGE_SIZE = 20;

    @Column(unique = true)
    public String slug;

    @Enumerated(EnumType.STRING)
    public VacancyStatus status;

    public String title;
    public String team;
    public String city;

    @Enumerated(EnumType.STRING)
    public Country country;

    @Enumerated(EnumType.STRING)
    public WorkModel workModel;

    @Enumerated(EnumType.STRING)
    public ContractType contractType;

    /** How many people are hired on this vacancy. */
    public int openings;

    public Integer hoursMin;
    public Integer hoursMax;
    public boolean shiftWork;
    public boolean eveningWork;
    public boolean weekendWork;
    public String scheduleNote;

    @ElementCollection
    @CollectionTable(name = "vacancy_language", joinColumns = @JoinColumn(name = "vacancy_id"))
    @OrderBy("language")
    public List<LanguageRequirement> languages = new ArrayList<>();

    /** The public texts in English and French; the Dutch ones are the fields below. */
    @ElementCollection
    @CollectionTable(name = "vacancy_text", joinColumns = @JoinColumn(name = "vacancy_id"))
    public List<VacancyText> texts = new ArrayList<>();

    public String intro;
    public String tasks;
    public String mustHaves;
    public String niceToHaves;
    public String systemsUsed;
    public String teamAndCulture;
    public String dayInTheLife;

    /** Gross monthly salary in whole euros; both are required to publish (EU directive 2023/970). */
    public Integer salaryMin;
    public Integer salaryMax;

    public LocalDate closingDate;

    /** The recruiter's choice: applying without a CV, for volume hiring where the screening questions say enough. */
    public boolean cvOptional;

    @ManyToOne(fetch = FetchType.LAZY)
    public AppUser hiringManager;

    @ManyToOne(fetch = FetchType.LAZY)
    public AppUser recruiter;

    public Instant createdAt;
    public Instant updatedAt;
    public Instant publishedAt;
    public Instant closedAt;

    @Version
    public long version;

    /**
     * An open vacancy whose closing date has not passed: the only kind the public may see. Its translated texts come
     * with it, as the page shows one of them.
     */
    public static Optional<Vacancy> findPublicBySlug(String slug, LocalDate today) {
        return find("from Vacancy v left join fetch v.texts where v.slug = ?1 and v.status = ?2"
                + " and (v.closingDate is null or v.closingDate >= ?3)", slug, VacancyStatus.OPEN, today).singleResultOptional();
    }

    /**
     * All public vacancies with their languages, newest first, in two queries whatever their number. The fetch queries
     * here need no {@code distinct}: Hibernate returns each vacancy once, and the database would compare whole rows.
     */
    public static List<Vacancy> listPublic(LocalDate today) {
        List<Vacancy> vacancies = list("status = ?1 and (closingDate is null or closingDate >= ?2) order by publishedAt desc, id desc",
                VacancyStatus.OPEN, today);
        if (!vacancies.isEmpty()) {
            getEntityManager().createQuery("select v from Vacancy v left join fetch v.languages where v in :vacancies", Vacancy.class)
                    .setParameter("vacancies", vacancies).getResultList();
        }
        return vacancies;
    }

    /** Loads the translated texts of these vacancies in one query, so a list shows them without a query per row. */
    public static void fetchTexts(List<Vacancy> vacancies) {
        if (!vacancies.isEmpty()) {
            getEntityManager().createQuery("select v from Vacancy v left join fetch v.texts where v in :vacancies", Vacancy.class)
                    .setParameter("vacancies", vacancies).getResultList();
        }
    }

    /** The vacancies whose title contains the text, ignoring case: for the candidate search. */
    public static List<Long> idsWithTitleContaining(String text) {
        return getEntityManager().createQuery("select v.id from Vacancy v where lower(v.title) like :text", Long.class)
                .setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%").getResultList();
    }

    public static boolean slugTaken(String slug, Long exceptId) {
        return exceptId == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, exceptId) > 0;
    }

    /** One page of the back-office list, as rows that cannot lazy-load. */
    public static Page<VacancySummary> search(VacancyQuery query) {
        Filters filters = new Filters()
                .optional("v.status = :status", "status", query.status())
                .optional("hm.id = :hm", "hm", query.hiringManagerId())
                .contains("(lower(v.title) like :text or lower(v.city) like :text or lower(v.team) like :text)", "text", query.text());
        TypedQuery<VacancySummary> rows = filters.bind(getEntityManager().createQuery("""
                select new nl.werving.vacancy.VacancySummary(v.id, v.title, v.slug, v.status, v.team, v.city, v.country,
                    v.contractType, v.hoursMin, v.hoursMax, v.salaryMin, v.salaryMax, v.closingDate,
                    hm.displayName, r.displayName, v.updatedAt)
                from Vacancy v left join v.hiringManager hm left join v.recruiter r
                """ + filters.where() + " order by v.updatedAt desc, v.id desc", VacancySummary.class));
        TypedQuery<Long> count = filters.bind(getEntityManager().createQuery(
                "select count(v) from Vacancy v left join v.hiringManager hm " + filters.where(), Long.class));
        return Page.of(rows, count, query.page(), PAGE_SIZE);
    }

    /** Number of vacancies per status, for the filter tabs; limited to a hiring manager's own if given. */
    /** Every vacancy by title, or a hiring manager's own: the choices of a filter. */
    public static List<VacancyChoice> listChoices(Long hiringManagerId) {
        Filters filters = new Filters().optional("v.hiringManager.id = :hm", "hm", hiringManagerId);
        return filters.bind(getEntityManager().createQuery("select new nl.werving.vacancy.VacancyChoice(v.id, v.title, v.team, v.city) from Vacancy v"
                + filters.where() + " order by lower(v.title), v.id", VacancyChoice.class)).getResultList();
    }

    public static Map<VacancyStatus, Long> countByStatus(Long hiringManagerId) {
        Filters filters = new Filters().optional("v.hiringManager.id = :hm", "hm", hiringManagerId);
        Map<VacancyStatus, Long> counts = new HashMap<>();
        filters.bind(getEntityManager().createQuery("select v.status, count(v) from Vacancy v" + filters.where() + " group by v.status",
                Object[].class)).getResultList().forEach(row -> counts.put((VacancyStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** A readable public address from the text, made unique with -2, -3… */
    public static String uniqueSlug(String text, Long vacancyId) {
        String base = slugify(text);
        String slug = base;
        for (int n = 2; slugTaken(slug, vacancyId); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 70) {
            slug = slug.substring(0, 70).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "vacature" : slug;
    }

    public Optional<LanguageLevel> levelFor(Language language) {
        return languages.stream().filter(l -> l.language == language).map(l -> l.level).findFirst();
    }

    public void requireLanguage(Language language, LanguageLevel level) {
        languages.removeIf(l -> l.language == language);
        if (level != null) {
            languages.add(new LanguageRequirement(language, level));
        }
    }

    /** The public texts in this language, if the recruiter wrote them; Dutch always exists. */
    public Optional<VacancyText> textIn(Language language) {
        if (language == Language.NL) {
            VacancyText dutch = new VacancyText(Language.NL);
            dutch.title = title;
            dutch.intro = intro;
            dutch.tasks = tasks;
            dutch.mustHaves = mustHaves;
            dutch.niceToHaves = niceToHaves;
            dutch.systemsUsed = systemsUsed;
            dutch.teamAndCulture = teamAndCulture;
            dutch.dayInTheLife = dayInTheLife;
            dutch.scheduleNote = scheduleNote;
            return Optional.of(dutch);
        }
        return texts.stream().filter(t -> t.language == language).findFirst();
    }

    /**
     * The public title in the language of {@code locale}, the Dutch one where the recruiter wrote none: what a candidate
     * who applied in that language reads in mails and on their own pages.
     */
    public String titleIn(Locale locale) {
        return textIn(Language.of(locale)).map(text -> text.title).orElse(title);
    }

    /** The languages the public texts exist in, Dutch first. */
    public List<Language> textLanguages() {
        List<Language> languages = new ArrayList<>(List.of(Language.NL));
        for (Language language : List.of(Language.EN, Language.FR)) {
            if (textIn(language).isPresent()) {
                languages.add(language);
            }
        }
        return languages;
    }

    /** Replaces the texts in one language; {@code null} removes them. */
    public void putText(Language language, VacancyText text) {
        texts.removeIf(t -> t.language == language);
        if (text != null) {
            texts.add(text);
        }
    }

    public boolean isPublic() {
        return status == VacancyStatus.OPEN;
    }
}
