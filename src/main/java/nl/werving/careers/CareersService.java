package nl.werving.careers;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import nl.werving.candidate.Candidate;
import nl.werving.candidate.CandidateService;
import nl.werving.candidate.ConsentRecord;
import nl.werving.candidate.CvFile;
import nl.werving.mail.Outbox;
import nl.werving.personaldata.Retention;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.PipelineService;
import nl.werving.screening.Screening.Answers;
import nl.werving.screening.Screening.Verdict;
import nl.werving.screening.ScreeningService;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/** What the public careers site may show, and the rules of applying. */
@ApplicationScoped
public class CareersService {

    /** Version of the talent-pool consent text shown on the apply form; raise it when the text changes. */
    static final String TALENT_POOL_TEXT_VERSION = "talent-pool-2026-11";

    public enum Outcome {
        RECEIVED, ALREADY_APPLIED
    }

    private final Clock clock;
    private final CandidateService candidates;
    private final PipelineService pipeline;
    private final ApplicationMails mails;
    private final Outbox outbox;
    private final CareersConfig config;
    private final Retention retention;
    private final ScreeningService screening;
    private final SearchWords searchWords;

    public CareersService(Clock clock, CandidateService candidates, PipelineService pipeline, ApplicationMails mails, Outbox outbox,
            CareersConfig config, Retention retention, ScreeningService screening, SearchWords searchWords) {
        this.screening = screening;
        this.searchWords = searchWords;
        this.clock = clock;
        this.candidates = candidates;
        this.pipeline = pipeline;
        this.mails = mails;
        this.outbox = outbox;
        this.config = config;
        this.retention = retention;
    }

    /** The working days within which candidates hear back, as the site and the mails promise. */
    public int responseDays() {
        return config.responseDays();
    }

    /** The retention terms the privacy notice states. */
    public Retention.Terms privacyTerms() {
        return retention.terms();
    }

    /**
     * The open vacancies that match, in the visitor's language where written. All public vacancies are read in three
     * queries whatever their number (a few hundred at most) and filtered here, so every filter and the keyword search
     * cost the same; the rendered page is cached per list and language ({@link PublicPages}).
     */
    public JobSearch search(JobFilter filter, Language visitor) {
        List<Vacancy> open = Vacancy.listPublic(today());
        Vacancy.fetchTexts(open);
        List<String> cities = cityChoices(open);
        List<PublicJob> matching = open.stream().map(v -> PublicJob.of(v, visitor))
                .filter(job -> filter.matches(job, searchWords)).toList();
        int pages = Math.max(1, Math.min(filter.page, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE));
        return new JobSearch(matching, cities, open.size(), Math.min(matching.size(), pages * PAGE_SIZE), pages);
    }

    /**
     * Each city once, however its recruiters spelled it ({@code Den Haag}, {@code den haag}), as most of its vacancies spell
     * it, in Dutch alphabetical order whatever the case: the filter takes a city regardless of case as well.
     */
    static List<String> cityChoices(List<Vacancy> open) {
        Map<String, Map<String, Long>> spellings = open.stream().map(vacancy -> vacancy.city)
                .filter(city -> city != null && !city.isBlank()).map(String::strip)
                .collect(Collectors.groupingBy(city -> city.toLowerCase(Locale.ROOT), LinkedHashMap::new,
                        Collectors.groupingBy(city -> city, LinkedHashMap::new, Collectors.counting())));
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        dutch.setStrength(Collator.SECONDARY);
        // The spelling used most, the newest vacancy's on a tie: max keeps the first of equals.
        return spellings.values().stream().map(counts -> Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey())
                .sorted(dutch).toList();
    }

    /** A public vacancy as this visitor reads it. */
    public PublicJob publicJob(String slug, Language visitor) {
        Vacancy vacancy = publicVacancy(slug);
        return PublicJob.of(vacancy, visitor);
    }

    public Vacancy publicVacancy(String slug) {
        return Vacancy.findPublicBySlug(slug, today()).orElseThrow(NotFoundException::new);
    }

    /**
     * Stores an application with its CV and confirmation mail in one transaction. A second application
     * to the same vacancy stores nothing new; the candidate gets a mail with the link to the first.
     * The page answers both the same way, so it never tells a stranger who applied.
     */
    public Outcome apply(Vacancy vacancy, ApplyForm form, CvFile cv, Locale locale) {
        return apply(vacancy, form, cv, locale, Answers.NONE, Verdict.PASSED);
    }

    /**
     * As {@link #apply(Vacancy, ApplyForm, CvFile, Locale)}, with the answers to the vacancy's screening questions and the
     * knock-out verdict on them; {@code cv} may be null when the vacancy does not ask for one.
     */
    public Outcome apply(Vacancy vacancy, ApplyForm form, CvFile cv, Locale locale, Answers answers, Verdict verdict) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> applyOnce(vacancy, form, cv, locale, answers, verdict));
        } catch (QuarkusTransactionException | PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // The same person submitted twice at the same moment (a double click): the other one won.
            return QuarkusTransaction.requiringNew().call(() -> applyOnce(vacancy, form, cv, locale, answers, verdict));
        }
    }

    /** The vacancy was found public moments ago by the caller; here it is only referred to. */
    private Outcome applyOnce(Vacancy vacancy, ApplyForm form, CvFile cv, Locale locale, Answers answers, Verdict verdict) {
        // A known candidate keeps their name and phone: whoever knows an address must not be able to change them.
        Optional<Candidate> known = candidates.findByEmail(form.email);
        if (known.isPresent() && pipeline.hasApplied(known.get(), vacancy)) {
            outbox.enqueue(mails.alreadyApplied(known.get(), vacancy, candidates.issueStatusToken(known.get())));
            return Outcome.ALREADY_APPLIED;
        }
        Candidate candidate = known.orElseGet(() -> candidates.create(form.fullName, form.email, form.phone, locale));
        candidate.locale = locale.getLanguage();
        Application application = pipeline.open(vacancy, candidate, form.channel(), form.sourceTag());
        if (cv != null) {
            candidates.attachCv(candidate, application.id, cv);
        }
        candidates.attachMotivation(candidate, application.id, form.motivation);
        if (form.talentPool) {
            candidates.recordConsent(candidate, ConsentRecord.Purpose.TALENT_POOL, TALENT_POOL_TEXT_VERSION,
                    ConsentRecord.Channel.APPLY_FORM);
        }
        String statusToken = candidates.issueStatusToken(candidate);
        // Knocked out: the receipt says so at once, not the usual next step (the rejection itself waits for the review time).
        String unmet = verdict.knockedOut() ? screening.requirementsOf(vacancy.id, verdict.ruleIds(), locale).orElse(null) : null;
        outbox.enqueue(mails.received(candidate, vacancy, statusToken, form.talentPool, unmet));
        screening.record(application, candidate, vacancy, answers, verdict, statusToken);
        return Outcome.RECEIVED;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    /** Vacancies shown per "more". */
    static final int PAGE_SIZE = 20;

    /** Open vacancies after filtering, the first {@code shownCount} of them shown, and the cities to filter on. */
    public record JobSearch(List<PublicJob> jobs, List<String> cities, int totalOpen, int shownCount, int pages) {

        public List<PublicJob> getShown() {
            return jobs.subList(0, shownCount);
        }

        public boolean hasMore() {
            return shownCount < jobs.size();
        }

        public int getNextPage() {
            return pages + 1;
        }

        /** The id of the first card "more" adds, so the link lands on it. */
        public int getFirstOfNextPage() {
            return shownCount + 1;
        }
    }
}
