package nl.werving.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import nl.werving.candidate.Candidate;
import nl.werving.web.WorkingDays;
import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;
import nl.werving.mail.MailStatus;
import nl.werving.mail.OutboxMail;
import nl.werving.personaldata.CandidateKeys;
import nl.werving.personaldata.SealingBacklog;
import nl.werving.pipeline.Application;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.PipelineService;
import nl.werving.pipeline.UndoneRejection;
import nl.werving.screening.ScreeningKind.AnswerType;
import nl.werving.screening.Screening.Answers;
import nl.werving.screening.Screening.AskedQuestion;
import nl.werving.screening.Screening.Choice;
import nl.werving.screening.Screening.KnockedOut;
import nl.werving.screening.Screening.KnockoutNotice;
import nl.werving.screening.Screening.QuestionRow;
import nl.werving.screening.Screening.ReadyMade;
import nl.werving.screening.Screening.RecordedKnockout;
import nl.werving.screening.Screening.ReviewRequest;
import nl.werving.screening.Screening.RuleRow;
import nl.werving.screening.Screening.Verdict;
import nl.werving.screening.Screening.Version;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageRequirement;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyService;
import nl.werving.web.ConcurrentEdits;
import nl.werving.web.Formats;
import nl.werving.web.FormErrors.FieldError;
import nl.werving.web.FormFields;
import nl.werving.web.LocalizedText;
import nl.werving.web.RuleViolation;

/**
 * Screening questions per vacancy, the knock-out rules that judge their answers (in versions), and the knock-out itself:
 * the application ends as "does not meet the requirements", the candidate is told which requirement and may ask a person
 * to review it (GDPR art. 22). Plain rules only: no scores, no ranking.
 */
@ApplicationScoped
public class ScreeningService implements SealingBacklog {

    /** Highest number a number question accepts; hours per week stay below a week's hours. */
    static final int MAX_NUMBER = 10_000;
    static final int MAX_HOURS = 80;
    static final int MAX_TEXT = 200;
    /** When the kind mail of a knock-out leaves: the next working day, in office hours, so a recruiter can look first. */
    static final LocalTime MAIL_AT = LocalTime.of(9, 0);

    /** A rule the recruiter cannot save; {@code field} is the form field the message belongs beside. */
    public static class RulesRefused extends RuleViolation {
        private final Map<String, String> codes;

        RulesRefused(Map<String, String> codes) {
            super("rules-refused", "Knock-out rules refused: " + codes);
            this.codes = codes;
        }

        public Map<String, String> codes() {
            return codes;
        }
    }

    private final Clock clock;
    private final VacancyService vacancies;
    private final PipelineService pipeline;
    private final ScreeningMails mails;
    private final CurrentUser currentUser;
    private final CandidateKeys keys;

    public ScreeningService(Clock clock, VacancyService vacancies, PipelineService pipeline, ScreeningMails mails,
            CurrentUser currentUser, CandidateKeys keys) {
        this.clock = clock;
        this.vacancies = vacancies;
        this.pipeline = pipeline;
        this.mails = mails;
        this.currentUser = currentUser;
        this.keys = keys;
    }

    static ScreeningMessages messages(Locale locale) {
        return MessageBundles.get(ScreeningMessages.class, Localized.Literal.of(language(locale)));
    }

    private static String language(Locale locale) {
        String language = locale == null ? "nl" : locale.getLanguage();
        return "en".equals(language) || "fr".equals(language) ? language : "nl";
    }

    // ---------------------------------------------------------------- the recruiter's editor

    public Vacancy vacancy(long vacancyId) {
        return vacancies.get(vacancyId);
    }

    /** The vacancy's questions, marked when the rules in force use them. */
    public List<QuestionRow> questionRows(long vacancyId, Locale locale) {
        Vacancy vacancy = vacancies.get(vacancyId);
        Set<Long> used = KnockoutRuleSet.current(vacancyId).map(set -> set.rules.stream().map(r -> r.question.id)
                .collect(Collectors.toSet())).orElse(Set.of());
        return ScreeningQuestion.listForVacancy(vacancyId).stream()
                .map(q -> new QuestionRow(q.id, q.kind, text(q, vacancy, locale), used.contains(q.id))).toList();
    }

    /** Ready-made questions the vacancy's fields call for that are not on the form yet. */
    public List<ReadyMade> readyMade(long vacancyId, Locale locale) {
        Vacancy vacancy = vacancies.get(vacancyId);
        List<ScreeningQuestion> asked = ScreeningQuestion.listForVacancy(vacancyId);
        ScreeningMessages msg = messages(locale);
        List<ReadyMade> offered = new ArrayList<>();
        if (vacancy.weekendWork) {
            offered.add(new ReadyMade(ScreeningKind.WEEKEND, null, msg.questionWeekend(), msg.requirementWeekend()));
        }
        if (vacancy.eveningWork) {
            offered.add(new ReadyMade(ScreeningKind.EVENING, null, msg.questionEvening(), msg.requirementEvening()));
        }
        if (vacancy.shiftWork) {
            offered.add(new ReadyMade(ScreeningKind.SHIFTS, null, msg.questionShifts(), msg.requirementShifts()));
        }
        if (vacancy.hoursMin != null) {
            offered.add(new ReadyMade(ScreeningKind.HOURS, null, msg.questionHours(), msg.requirementHoursAtLeast(vacancy.hoursMin)));
        }
        for (LanguageRequirement required : vacancy.languages) {
            String name = msg.languageName(required.language);
            offered.add(new ReadyMade(ScreeningKind.LANGUAGE, required.language.name(), msg.questionLanguage(name),
                    msg.requirementLanguage(name, required.level.name())));
        }
        offered.add(new ReadyMade(ScreeningKind.START_DATE, null, msg.questionStart(), null));
        if (vacancy.city != null) {
            offered.add(new ReadyMade(ScreeningKind.TRAVEL, null, msg.questionTravel(vacancy.city), msg.requirementTravel(vacancy.city)));
        }
        return offered.stream().filter(ready -> asked.stream().noneMatch(q -> q.kind == ready.kind()
                && Objects.equals(q.language == null ? null : q.language.name(), ready.language()))).toList();
    }

    /**
     * Adds a ready-made question; with {@code withRule} its knock-out rule too (weekend work = no; fewer hours than the
     * vacancy's minimum; a language below the vacancy's level), as a new version of the rules.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public ScreeningQuestion addReadyMade(long vacancyId, ScreeningKind kind, Language language, boolean withRule) {
        Vacancy vacancy = vacancies.get(vacancyId);
        if (kind == null || !kind.readyMade || (kind == ScreeningKind.LANGUAGE && (language == null || vacancy.levelFor(language).isEmpty()))) {
            throw new RuleViolation("ready-made-invalid", "No such ready-made question for vacancy " + vacancyId);
        }
        ScreeningQuestion question = newQuestion(vacancy, kind);
        question.language = kind == ScreeningKind.LANGUAGE ? language : null;
        question.persist();
        if (withRule) {
            String value = switch (kind) {
                case WEEKEND, EVENING, SHIFTS, TRAVEL -> "no";
                case HOURS -> vacancy.hoursMin == null ? null : String.valueOf(vacancy.hoursMin);
                case LANGUAGE -> vacancy.levelFor(language).map(Enum::name).orElse(null);
                default -> null;
            };
            RuleOperator operator = switch (kind) {
                case HOURS -> RuleOperator.LESS_THAN;
                case LANGUAGE -> RuleOperator.LEVEL_BELOW;
                default -> RuleOperator.ANSWER_IS;
            };
            if (value != null) {
                List<KnockoutRule> rules = new ArrayList<>();
                KnockoutRuleSet.current(vacancyId).ifPresent(set -> rules.addAll(set.rules));
                KnockoutRule rule = new KnockoutRule();
                rule.question = question;
                rule.operator = operator;
                rule.value = value;
                rules.add(rule);
                writeVersion(vacancy, rules.stream().map(r -> new Draft(r.question, r.operator, r.value)).toList());
            }
        }
        return question;
    }

    /** Adds the recruiter's own question; NL text required, EN and FR fall back to it. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public ScreeningQuestion addOwn(long vacancyId, QuestionForm form) {
        Vacancy vacancy = vacancies.get(vacancyId);
        if (form.kind == null || form.kind.readyMade) {
            throw new RuleViolation("kind-invalid", "Not a kind of own question: " + form.kind);
        }
        ScreeningQuestion question = newQuestion(vacancy, form.kind);
        question.text = new LocalizedText(form.textNl.strip(), FormFields.blankToNull(form.textEn), FormFields.blankToNull(form.textFr));
        if (form.kind == ScreeningKind.ONE_CHOICE) {
            if (ScreeningQuestion.lines(form.optionsNl).size() < 2) {
                throw new RuleViolation("options-required", "A one-choice question needs two options");
            }
            question.options = new LocalizedText(form.optionsNl.strip(), FormFields.blankToNull(form.optionsEn),
                    FormFields.blankToNull(form.optionsFr));
        }
        question.persist();
        return question;
    }

    private static ScreeningQuestion newQuestion(Vacancy vacancy, ScreeningKind kind) {
        ScreeningQuestion question = new ScreeningQuestion();
        question.vacancy = vacancy;
        question.kind = kind;
        question.sortOrder = (int) ScreeningQuestion.count("vacancy.id", vacancy.id) + 1;
        return question;
    }

    /** Takes a question off the form; refused while a rule in force uses it. Answers given to it stay with them. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public void deleteQuestion(long vacancyId, long questionId) {
        vacancies.get(vacancyId);
        ScreeningQuestion question = ScreeningQuestion.<ScreeningQuestion> findByIdOptional(questionId)
                .filter(q -> q.vacancy.id.equals(vacancyId) && !q.deleted).orElseThrow(NotFoundException::new);
        boolean used = KnockoutRuleSet.current(vacancyId).map(set -> set.rules.stream().anyMatch(r -> r.question.id.equals(questionId)))
                .orElse(false);
        if (used) {
            throw new RuleViolation("question-in-use", "Question " + questionId + " is used by a knock-out rule");
        }
        question.deleted = true;
    }

    /** The rules in force as editor rows; 0 and none before the first save. */
    public int currentVersion(long vacancyId) {
        return KnockoutRuleSet.current(vacancyId).map(set -> set.number).orElse(0);
    }

    /** The rules in force as the editor shows them: yes/no in the recruiter's words, an option by its text. */
    public List<RuleRow> ruleRows(long vacancyId, Locale locale) {
        ScreeningMessages msg = messages(locale);
        return KnockoutRuleSet.current(vacancyId).map(set -> set.rules.stream()
                .map(r -> new RuleRow(String.valueOf(r.question.id), r.operator.name(), switch (r.question.kind.answer) {
                    case YES_NO -> ("yes".equals(r.value) ? msg.yes() : msg.no()).toLowerCase(locale);
                    case CHOICE -> {
                        List<String> options = r.question.optionsIn("nl");
                        int index = Integer.parseInt(r.value);
                        yield index < options.size() ? options.get(index) : r.value;
                    }
                    default -> r.value;
                })).toList()).orElse(List.of());
    }

    public List<Version> history(long vacancyId) {
        vacancies.get(vacancyId);
        List<KnockoutRuleSet> sets = KnockoutRuleSet.history(vacancyId);
        Map<Long, Long> counts = new HashMap<>();
        if (!sets.isEmpty()) {
            KnockoutRule.getEntityManager().createQuery(
                    "select r.ruleSet.id, count(r) from KnockoutRule r where r.ruleSet.vacancy.id = :vacancy group by r.ruleSet.id",
                    Object[].class).setParameter("vacancy", vacancyId).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return sets.stream().map(set -> new Version(set.number, set.createdAt, counts.getOrDefault(set.id, 0L).intValue())).toList();
    }

    /**
     * Saves the rules as the next version. {@code baseVersion} is the version the recruiter edited: a colleague's save in
     * between is a conflict. Every row names a question still on the form, a comparison that fits it and a value it can
     * have; otherwise nothing is saved and each refused row is named. Unchanged rules make no new version.
     */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    @Transactional
    public int saveRules(long vacancyId, Integer baseVersion, List<RuleRow> rows) {
        Vacancy vacancy = vacancies.get(vacancyId);
        Optional<KnockoutRuleSet> current = KnockoutRuleSet.current(vacancyId);
        int currentNumber = current.map(set -> set.number).orElse(0);
        ConcurrentEdits.requireVersion(currentNumber, baseVersion == null ? null : baseVersion.longValue());
        Map<Long, ScreeningQuestion> questions = ScreeningQuestion.<ScreeningQuestion> list("vacancy.id", vacancyId).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q));
        Map<String, String> refused = new LinkedHashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RuleRow row = rows.get(i);
            if (row.question() == null || row.question().isBlank()) {
                continue;
            }
            ScreeningQuestion question = parseId(row.question()).map(questions::get).orElse(null);
            if (question == null || question.deleted) {
                refused.put("r" + i + "-question", "question-deleted");
                continue;
            }
            RuleOperator operator = parseOperator(row.operator());
            if (operator == null || !operator.judges(question.kind.answer)) {
                refused.put("r" + i + "-operator", "operator-invalid");
                continue;
            }
            String value = ruleValue(question, operator, row.value());
            if (value == null) {
                refused.put("r" + i + "-value", "value-invalid");
                continue;
            }
            drafts.add(new Draft(question, operator, value));
        }
        if (!refused.isEmpty()) {
            throw new RulesRefused(refused);
        }
        List<Draft> before = current.map(set -> set.rules.stream().map(r -> new Draft(r.question, r.operator, r.value)).toList())
                .orElse(List.of());
        if (before.equals(drafts)) {
            return currentNumber;
        }
        return writeVersion(vacancy, drafts).number;
    }

    /** A rule as written, before it is stored in a version. */
    private record Draft(ScreeningQuestion question, RuleOperator operator, String value) {
    }

    private KnockoutRuleSet writeVersion(Vacancy vacancy, List<Draft> drafts) {
        KnockoutRuleSet set = new KnockoutRuleSet();
        set.vacancy = vacancy;
        set.number = ((Number) KnockoutRuleSet.getEntityManager()
                .createQuery("select coalesce(max(s.number), 0) from KnockoutRuleSet s where s.vacancy.id = :vacancy")
                .setParameter("vacancy", vacancy.id).getSingleResult()).intValue() + 1;
        set.createdAt = Instant.now(clock);
        set.createdBy = currentUser.isLoggedIn() ? currentUser.getId() : null;
        for (int i = 0; i < drafts.size(); i++) {
            KnockoutRule rule = new KnockoutRule();
            rule.ruleSet = set;
            rule.question = drafts.get(i).question();
            rule.operator = drafts.get(i).operator();
            rule.value = drafts.get(i).value();
            rule.position = i + 1;
            set.rules.add(rule);
        }
        set.persist();
        return set;
    }

    /** The rule's value in the form the answers take; {@code null} when it cannot be one. Lenient with words and formats. */
    static String ruleValue(ScreeningQuestion question, RuleOperator operator, String raw) {
        String value = raw == null ? "" : raw.strip();
        switch (question.kind.answer) {
            case YES_NO -> {
                String word = value.toLowerCase(Locale.ROOT);
                return List.of("yes", "ja", "oui").contains(word) ? "yes" : List.of("no", "nee", "non").contains(word) ? "no" : null;
            }
            case CHOICE -> {
                List<String> options = question.optionsIn("nl");
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).equalsIgnoreCase(value) || String.valueOf(i).equals(value)) {
                        return String.valueOf(i);
                    }
                }
                return null;
            }
            case NUMBER -> {
                return parseNumber(value, MAX_NUMBER).map(String::valueOf).orElse(null);
            }
            case LEVEL -> {
                try {
                    return SelfAssessedLevel.valueOf(value.toUpperCase(Locale.ROOT)).name();
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
            case DATE -> {
                return parseDate(value).map(LocalDate::toString).orElse(null);
            }
            default -> {
                return null;
            }
        }
    }

    // ---------------------------------------------------------------- the apply form

    /** The vacancy's questions in the visitor's language, with the answers they gave so far ({@code raw}). */
    public List<AskedQuestion> asked(Vacancy vacancy, Locale locale, Map<String, String> raw) {
        ScreeningMessages msg = messages(locale);
        String lang = language(locale);
        List<AskedQuestion> asked = new ArrayList<>();
        for (ScreeningQuestion q : ScreeningQuestion.listForVacancy(vacancy.id)) {
            List<Choice> choices = switch (q.kind.answer) {
                case YES_NO -> List.of(new Choice("yes", msg.yes()), new Choice("no", msg.no()));
                case LEVEL -> java.util.Arrays.stream(SelfAssessedLevel.values()).map(l -> new Choice(l.name(), msg.level(l))).toList();
                case CHOICE -> {
                    List<String> options = q.optionsIn(lang);
                    List<Choice> offered = new ArrayList<>();
                    for (int i = 0; i < options.size(); i++) {
                        offered.add(new Choice(String.valueOf(i), options.get(i)));
                    }
                    yield offered;
                }
                default -> List.of();
            };
            String help = q.kind == ScreeningKind.HOURS && vacancy.hoursMin != null && vacancy.hoursMax != null
                    ? msg.hoursHelp(vacancy.hoursMin, vacancy.hoursMax) : null;
            asked.add(new AskedQuestion(q.id, text(q, vacancy, locale), q.kind.answer, choices, raw.get("q" + q.id),
                    q.kind.answer == AnswerType.TEXT, help));
        }
        return asked;
    }

    /** Checks the posted answers against the vacancy's questions: every question answered (short text may stay empty). */
    public Answers read(Vacancy vacancy, Map<String, String> raw, Locale locale) {
        List<ScreeningQuestion> questions = ScreeningQuestion.listForVacancy(vacancy.id);
        if (questions.isEmpty()) {
            return Answers.NONE;
        }
        ScreeningMessages msg = messages(locale);
        String lang = language(locale);
        Map<Long, String> values = new LinkedHashMap<>();
        Map<Long, String> shown = new LinkedHashMap<>();
        Map<Long, String> texts = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (ScreeningQuestion q : questions) {
            String field = "q" + q.id;
            String value = raw.get(field) == null ? "" : raw.get(field).strip();
            String text = text(q, vacancy, locale);
            texts.put(q.id, text);
            if (value.isEmpty()) {
                if (q.kind.answer != AnswerType.TEXT) {
                    errors.add(new FieldError(field, msg.answerRequired(), text));
                }
                continue;
            }
            String checked = null;
            String display = null;
            String error = null;
            switch (q.kind.answer) {
                case YES_NO -> {
                    checked = "yes".equals(value) || "no".equals(value) ? value : null;
                    display = "yes".equals(checked) ? msg.yes() : msg.no();
                    error = msg.answerInvalid();
                }
                case CHOICE -> {
                    List<String> options = q.optionsIn(lang);
                    Optional<Integer> index = parseNumber(value, options.size() - 1);
                    checked = index.map(String::valueOf).orElse(null);
                    display = index.map(options::get).orElse(null);
                    error = msg.answerInvalid();
                }
                case LEVEL -> {
                    checked = java.util.Arrays.stream(SelfAssessedLevel.values()).map(Enum::name).filter(value::equals).findFirst()
                            .orElse(null);
                    display = checked == null ? null : msg.level(SelfAssessedLevel.valueOf(checked));
                    error = msg.answerInvalid();
                }
                case NUMBER -> {
                    int max = q.kind == ScreeningKind.HOURS ? MAX_HOURS : MAX_NUMBER;
                    checked = parseNumber(value, max).map(String::valueOf).orElse(null);
                    display = checked;
                    error = msg.numberInvalid(max);
                }
                case DATE -> {
                    checked = parseDate(value).map(LocalDate::toString).orElse(null);
                    display = checked;
                    error = msg.dateInvalid();
                }
                case TEXT -> {
                    checked = value.length() <= MAX_TEXT ? value : null;
                    display = checked;
                    error = msg.textTooLong();
                }
            }
            if (checked == null) {
                errors.add(new FieldError(field, error, text));
            } else {
                values.put(q.id, checked);
                shown.put(q.id, display);
            }
        }
        return new Answers(values, shown, texts, errors);
    }

    /**
     * Every rule of the version in force that the answers fail, in the rules' order, so the candidate can be told all
     * requirements their answers do not meet, not only the first; one query.
     */
    public Verdict judge(Vacancy vacancy, Answers answers) {
        if (answers.values().isEmpty()) {
            return Verdict.PASSED;
        }
        return KnockoutRuleSet.current(vacancy.id).map(set -> new Verdict(set.rules.stream()
                .filter(rule -> rule.fails(answers.values().get(rule.question.id))).map(rule -> rule.id).toList(), set.number))
                .filter(Verdict::knockedOut).orElse(Verdict.PASSED);
    }

    /**
     * Keeps the answers with the application and, when a rule failed, ends it as "does not meet the requirements" with
     * the kind mail waiting until the next working day. Runs in the apply transaction. The answers are judged before, in
     * memory; what is kept of them is sealed under the candidate's key.
     */
    @Transactional(TxType.MANDATORY)
    public void record(Application application, Candidate candidate, Vacancy vacancy, Answers answers, Verdict verdict,
            String statusToken) {
        Instant now = Instant.now(clock);
        for (Map.Entry<Long, String> shown : answers.shown().entrySet()) {
            ScreeningAnswer answer = new ScreeningAnswer();
            answer.application = application;
            answer.candidate = candidate;
            answer.question = ScreeningQuestion.getEntityManager().getReference(ScreeningQuestion.class, shown.getKey());
            answer.questionText = truncate(answers.questionTexts().get(shown.getKey()), 300);
            answer.answer = keys.encryptText(candidate.id, truncate(shown.getValue(), 500));
            answer.answeredAt = now;
            answer.persist();
        }
        if (verdict.knockedOut()) {
            Locale locale = candidate.preferredLocale();
            String unmet = requirements(verdict.ruleIds(), KnockoutRule.findWithQuestions(verdict.ruleIds()), locale);
            pipeline.knockOut(application, verdict.ruleIds(), verdict.ruleVersion(),
                    mails.knockedOut(candidate, vacancy, unmet, statusToken), mailTime(now));
        }
    }

    /** The next working day at {@link #MAIL_AT}, Dutch/Belgian time. */
    static Instant mailTime(Instant decidedAt) {
        LocalDate day = decidedAt.atZone(Formats.ZONE).toLocalDate().plusDays(1);
        while (!WorkingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(MAIL_AT).atZone(Formats.ZONE).toInstant();
    }

    /**
     * The requirements rules of this vacancy stand for, as the candidate reads them, in one sentence; empty when none of
     * the ids is a rule of this vacancy.
     */
    public Optional<String> requirementsOf(long vacancyId, List<Long> ruleIds, Locale locale) {
        Map<Long, KnockoutRule> rules = new HashMap<>(KnockoutRule.findWithQuestions(ruleIds));
        rules.values().removeIf(rule -> !rule.question.vacancy.id.equals(vacancyId));
        return Optional.of(requirements(ruleIds, rules, locale)).filter(text -> !text.isEmpty());
    }

    /** The requirements of these rules, in this order and in one sentence ("Working at weekends; …"); unknown ids left out. */
    static String requirements(List<Long> ruleIds, Map<Long, KnockoutRule> rules, Locale locale) {
        return ruleIds.stream().distinct().map(rules::get).filter(Objects::nonNull).map(rule -> requirement(rule, locale))
                .collect(Collectors.joining("; "));
    }

    static String requirement(KnockoutRule rule, Locale locale) {
        ScreeningMessages msg = messages(locale);
        ScreeningQuestion q = rule.question;
        Vacancy vacancy = q.vacancy;
        return switch (q.kind) {
            case WEEKEND -> msg.requirementWeekend();
            case EVENING -> msg.requirementEvening();
            case SHIFTS -> msg.requirementShifts();
            case TRAVEL -> msg.requirementTravel(vacancy.city);
            case HOURS -> rule.operator == RuleOperator.MORE_THAN ? msg.requirementHoursAtMost(Integer.parseInt(rule.value))
                    : msg.requirementHoursAtLeast(Integer.parseInt(rule.value));
            case LANGUAGE -> msg.requirementLanguage(msg.languageName(q.language), rule.value);
            case START_DATE -> msg.requirementStart(Formats.date(LocalDate.parse(rule.value), locale));
            case NUMBER -> rule.operator == RuleOperator.MORE_THAN ? msg.requirementAtMost(text(q, vacancy, locale), Integer.parseInt(rule.value))
                    : msg.requirementAtLeast(text(q, vacancy, locale), Integer.parseInt(rule.value));
            case YES_NO -> msg.requirementNot(text(q, vacancy, locale), "yes".equals(rule.value) ? msg.yes() : msg.no());
            case ONE_CHOICE -> {
                List<String> options = q.optionsIn(language(locale));
                int index = Integer.parseInt(rule.value);
                yield msg.requirementNot(text(q, vacancy, locale), index < options.size() ? options.get(index) : rule.value);
            }
            case SHORT_TEXT -> text(q, vacancy, locale);
        };
    }

    /** A question's text in a language: built in for ready-made ones, the recruiter's (Dutch as fallback) otherwise. */
    static String text(ScreeningQuestion q, Vacancy vacancy, Locale locale) {
        ScreeningMessages msg = messages(locale);
        return switch (q.kind) {
            case WEEKEND -> msg.questionWeekend();
            case EVENING -> msg.questionEvening();
            case SHIFTS -> msg.questionShifts();
            case HOURS -> msg.questionHours();
            case START_DATE -> msg.questionStart();
            case LANGUAGE -> msg.questionLanguage(msg.languageName(q.language));
            case TRAVEL -> msg.questionTravel(vacancy.city);
            default -> q.text == null ? "" : q.text.in(language(locale));
        };
    }

    // ---------------------------------------------------------------- the candidate's status page

    /** The knock-outs among a candidate's applications, by application, each with every requirement not met; two queries. */
    public Map<Long, KnockoutNotice> notices(long candidateId, Locale locale) {
        // A row per rule an application failed, in the rules' order.
        List<Object[]> rows = Application.getEntityManager().createQuery("""
                select a.id, r, a.reviewRequestedAt, a.status from Application a join a.unmetRuleIds r
                where a.candidate.id = :candidate and a.knockoutRuleId is not null order by a.id, index(r)""", Object[].class)
                .setParameter("candidate", candidateId).getResultList();
        Map<Long, KnockoutRule> rules = KnockoutRule.findWithQuestions(rows.stream().map(row -> (Long) row[1]).distinct().toList());
        Map<Long, List<Long>> unmet = rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
        Map<Long, KnockoutNotice> notices = new HashMap<>();
        for (Object[] row : rows) {
            Instant requested = (Instant) row[2];
            if (notices.containsKey((Long) row[0]) || requested != null && row[3] != ApplicationStatus.ACTIVE) {
                // Told once per application; and once a person has decided after the review, the page tells that outcome.
                continue;
            }
            notices.put((Long) row[0], new KnockoutNotice((Long) row[0], requirements(unmet.get((Long) row[0]), rules, locale), requested,
                    requested == null && row[3] == ApplicationStatus.REJECTED));
        }
        return notices;
    }

    /**
     * Every knock-out recorded on a candidate's applications, also one a person reviewed since, with the requirements
     * not met in the candidate's language: what an automated decision held about them (GDPR art. 15 and 22); three queries.
     */
    public List<RecordedKnockout> recordedKnockouts(long candidateId, Locale locale) {
        List<Object[]> rows = Application.getEntityManager().createQuery("""
                select a.id, a.vacancy, a.knockoutRuleVersion, a.reviewRequestedAt from Application a
                where a.candidate.id = :candidate and a.knockoutRuleId is not null order by a.appliedAt, a.id""", Object[].class)
                .setParameter("candidate", candidateId).getResultList();
        Map<Long, String> unmet = unmetRequirements(rows.stream().map(row -> (Long) row[0]).toList(), locale);
        Vacancy.fetchTexts(rows.stream().map(row -> (Vacancy) row[1]).distinct().toList());
        return rows.stream().map(row -> new RecordedKnockout(((Vacancy) row[1]).titleIn(locale), unmet.get((Long) row[0]),
                (Integer) row[2], (Instant) row[3])).toList();
    }

    /** The requirements each of these applications did not meet, in the rules' order and one sentence each; two queries. */
    private static Map<Long, String> unmetRequirements(List<Long> applicationIds, Locale locale) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> unmet = Application.getEntityManager().createQuery("""
                select a.id, r from Application a join a.unmetRuleIds r where a.id in :ids order by a.id, index(r)""", Object[].class)
                .setParameter("ids", applicationIds).getResultStream().collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
        Map<Long, KnockoutRule> rules = KnockoutRule.findWithQuestions(unmet.values().stream().flatMap(List::stream).distinct().toList());
        return unmet.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> requirements(e.getValue(), rules, locale)));
    }

    /** The candidate asks a person to review their knock-out: back to a recruiter, the mail called off if still waiting. */
    public void requestReview(long applicationId, long candidateId) {
        pipeline.requestReview(applicationId, candidateId);
    }

    // ---------------------------------------------------------------- what recruiters see of knock-outs

    static final int LIST_MAX = 100;

    /** The vacancy's newest knock-outs whose candidate is still there, with their mail's state; as many queries for 1 as for 100. */
    public List<KnockedOut> knockedOut(long vacancyId, Locale locale) {
        vacancies.get(vacancyId);
        List<Object[]> rows = Application.getEntityManager().createQuery("""
                select a.id, c.id, c, a.knockoutRuleId, a.knockoutRuleVersion, a.endedAt, a.rejectionMailId
                from Application a join a.candidate c
                where a.vacancy.id = :vacancy and a.knockoutRuleId is not null and a.status = :rejected
                order by a.endedAt desc, a.id desc""", Object[].class)
                .setParameter("vacancy", vacancyId).setParameter("rejected", ApplicationStatus.REJECTED)
                .setMaxResults(LIST_MAX).getResultList();
        Candidate.openAll(rows.stream().map(row -> (Candidate) row[2]).toList());
        Map<Long, String> unmet = unmetRequirements(rows.stream().map(row -> (Long) row[0]).toList(), locale);
        Map<Long, Object[]> mailsById = mailStates(rows.stream().map(row -> (Long) row[6]).filter(Objects::nonNull).toList());
        List<KnockedOut> result = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] mail = row[6] == null ? null : mailsById.get((Long) row[6]);
            boolean sent = mail == null || mail[1] == MailStatus.SENT;
            result.add(new KnockedOut((Long) row[0], (Long) row[1], ((Candidate) row[2]).fullName(), unmet.getOrDefault((Long) row[0], ""),
                    (Integer) row[4], (Instant) row[5], mail == null ? null : (Instant) mail[2], sent));
        }
        return result;
    }

    private static Map<Long, Object[]> mailStates(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return OutboxMail.getEntityManager().createQuery("select m.id, m.status, m.nextAttemptAt from OutboxMail m where m.id in :ids",
                Object[].class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> row));
    }

    /** Running applications whose candidate asked for a review and that nobody has moved since; as many queries for 1 as for 100. */
    public List<ReviewRequest> reviewRequests(long vacancyId, Locale locale) {
        vacancies.get(vacancyId);
        List<Object[]> rows = Application.getEntityManager().createQuery("""
                select a.id, c.id, c, a.knockoutRuleId, a.reviewRequestedAt from Application a join a.candidate c
                where a.vacancy.id = :vacancy and a.status = :active and a.reviewRequestedAt is not null
                    and a.stageEnteredAt <= a.reviewRequestedAt
                order by a.reviewRequestedAt, a.id""", Object[].class)
                .setParameter("vacancy", vacancyId).setParameter("active", ApplicationStatus.ACTIVE).setMaxResults(LIST_MAX)
                .getResultList();
        Candidate.openAll(rows.stream().map(row -> (Candidate) row[2]).toList());
        Map<Long, String> unmet = unmetRequirements(rows.stream().map(row -> (Long) row[0]).toList(), locale);
        return rows.stream().map(row -> new ReviewRequest((Long) row[0], (Long) row[1], ((Candidate) row[2]).fullName(),
                row[3] == null ? null : unmet.get((Long) row[0]), (Instant) row[4])).toList();
    }

    /** Takes back a knock-out whose mail has not left; false when it has. */
    @RolesAllowed({ Roles.ADMIN, Roles.RECRUITER })
    public boolean undo(long vacancyId, long applicationId) {
        List<UndoneRejection> undone = pipeline.undoRejections(vacancyId, List.of(applicationId));
        return !undone.isEmpty() && undone.get(0).restored();
    }

    // ---------------------------------------------------------------- privacy

    /** The answers as the candidate gave them, in the order of the list; they must all be this candidate's. */
    @Transactional(TxType.MANDATORY)
    public List<String> answerTexts(long candidateId, List<ScreeningAnswer> answers) {
        return keys.decryptTexts(candidateId, answers.stream().map(answer -> answer.answer).toList());
    }

    /**
     * Answers of the duplicate go to the kept candidate, with the applications they belong to, sealed again under the kept
     * candidate's key: the duplicate's key goes with the duplicate.
     */
    @Transactional(TxType.MANDATORY)
    public void merge(long duplicateId, long keptId) {
        Candidate kept = Candidate.reference(keptId);
        for (ScreeningAnswer answer : ScreeningAnswer.listForCandidate(duplicateId)) {
            answer.answer = keys.reseal(duplicateId, keptId, answer.answer);
            answer.candidate = kept;
        }
        // Written now, before the merge deletes the duplicate.
        ScreeningAnswer.flush();
    }

    /** Encrypts up to {@code limit} answers stored before they were sealed (V38 listed them); returns how many. */
    @Override
    @Transactional
    public int sealBacklog(int limit) {
        return ScreeningAnswer.sealListed(limit, id -> {
            ScreeningAnswer answer = ScreeningAnswer.findById(id);
            if (answer == null) {
                return; // gone since it was listed
            }
            answer.answer = keys.sealIfPlain(answer.candidate.id, answer.answer);
        });
    }

    // ---------------------------------------------------------------- parsing

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static RuleOperator parseOperator(String text) {
        try {
            return text == null ? null : RuleOperator.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Optional<Integer> parseNumber(String text, int max) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text.strip());
        return number <= max ? Optional.of(number) : Optional.empty();
    }

    static Optional<LocalDate> parseDate(String text) {
        for (String pattern : List.of("yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy")) {
            try {
                LocalDate date = LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern(pattern));
                if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                    return Optional.of(date);
                }
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        return Optional.empty();
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
