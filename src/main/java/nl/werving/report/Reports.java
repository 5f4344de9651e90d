package nl.werving.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.werving.booking.BookingFact;
import nl.werving.booking.BookingMessages;
import nl.werving.booking.BookingOutcome;
import nl.werving.booking.SlotKind;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.pipeline.FactScope;
import nl.werving.pipeline.PipelineFacts;
import nl.werving.pipeline.PipelineFacts.FunnelStep;
import nl.werving.pipeline.PipelineFacts.StageTime;
import nl.werving.pipeline.PipelineMessages;
import nl.werving.report.ReportTable.Chart;
import nl.werving.report.ReportTable.Series;
import nl.werving.screening.KnockoutFacts;
import nl.werving.screening.ScreeningMessages;
import nl.werving.survey.SurveyResults;
import nl.werving.survey.SurveySummary;
import nl.werving.web.Formats;
import nl.werving.web.RequestLocale;

/**
 * The reports of the reports page, each one table with its chart, read from anonymous facts only: applications, stage
 * history, outcomes, reasons, sources and booking facts. None reads a candidate, so the purge changes no figure.
 */
@ApplicationScoped
public class Reports {

    /** The reports in the order of the page; the names are those of their CSV files. */
    static final List<String> NAMES = List.of("funnel", "outcomes", "stages", "sources", "reasons", "knockouts", "withdrawals",
            "bookings", "offers", "survey");

    private final PipelineFacts facts;
    private final KnockoutFacts knockouts;
    private final SurveyResults survey;

    public Reports(PipelineFacts facts, KnockoutFacts knockouts, SurveyResults survey) {
        this.facts = facts;
        this.knockouts = knockouts;
        this.survey = survey;
    }

    /** A report's name and title: what the page shows of it before its figures arrive. */
    public record Heading(String name, String title) {
    }

    /** The headings of every report, in the page's order; no figure is read. */
    public List<Heading> headings(Locale locale) {
        ReportMessages m = RequestLocale.bundle(ReportMessages.class, locale);
        return NAMES.stream().map(name -> new Heading(name, title(name, m))).toList();
    }

    /** The heading of one report by the name of its CSV file. */
    public Optional<Heading> heading(String name, Locale locale) {
        return headings(locale).stream().filter(heading -> heading.name().equals(name)).findFirst();
    }

    /** One report by the name of its CSV file. */
    @Transactional
    public Optional<ReportTable> one(String name, FactScope scope, Locale locale) {
        return read(name, scope, new Texts(locale));
    }

    private static String title(String name, ReportMessages m) {
        return switch (name) {
            case "funnel" -> m.funnelTitle();
            case "outcomes" -> m.outcomesTitle();
            case "stages" -> m.stagesTitle();
            case "sources" -> m.sourcesTitle();
            case "reasons" -> m.reasonsTitle();
            case "knockouts" -> m.knockoutsTitle();
            case "withdrawals" -> m.withdrawalsTitle();
            case "bookings" -> m.bookingsTitle();
            case "offers" -> m.offersTitle();
            case "survey" -> m.surveyTitle();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Optional<ReportTable> read(String name, FactScope scope, Texts texts) {
        return Optional.ofNullable(switch (name) {
            case "funnel" -> funnel(scope, texts);
            case "outcomes" -> outcomes(scope, texts);
            case "stages" -> stages(scope, texts);
            case "sources" -> sources(scope, texts);
            case "reasons" -> reasons(scope, texts);
            case "knockouts" -> knockouts(scope, texts);
            case "withdrawals" -> withdrawals(scope, texts);
            case "bookings" -> bookings(scope, texts);
            case "offers" -> offers(scope, texts);
            case "survey" -> survey(scope, texts);
            default -> null;
        });
    }

    private ReportTable funnel(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<FunnelStep> steps = facts.funnel(scope);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FunnelStep step = steps.get(i);
            String onward = i + 1 < steps.size() ? Suppression.share(steps.get(i + 1).reached(), step.reached(), texts.locale)
                    : Suppression.NONE;
            rows.add(List.of(step.stage(), texts.pipeline.phase(step.phase()), Suppression.count(step.reached(), texts.locale), onward));
        }
        Chart chart = new Chart(true, steps.stream().map(FunnelStep::stage).toList(),
                List.of(new Series(m.reached(), steps.stream().map(step -> Suppression.chartCount(step.reached())).toList())));
        return new ReportTable("funnel", title("funnel", m), m.funnelExplanation(), List.of(m.stage(), m.phase(), m.reached(), m.onward()),
                rows, chart);
    }

    private ReportTable outcomes(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<List<String>> rows = facts.timeToOutcome(scope).stream().map(d -> List.of(texts.pipeline.outcome(d.outcome()),
                Suppression.count(d.count(), texts.locale), Suppression.days(d.medianDays(), d.count(), texts.locale),
                Suppression.days(d.p90Days(), d.count(), texts.locale))).toList();
        return new ReportTable("outcomes", title("outcomes", m), m.outcomesExplanation(),
                List.of(m.outcome(), m.applications(), m.medianDays(), m.p90Days()), rows, null);
    }

    private ReportTable stages(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<StageTime> times = facts.timeInStage(scope);
        List<List<String>> rows = times.stream().map(t -> List.of(t.stage(), Suppression.count(t.stays(), texts.locale),
                Suppression.days(t.medianDays(), t.stays(), texts.locale), Suppression.days(t.p90Days(), t.stays(), texts.locale),
                t.limitDays() == null ? Suppression.NONE : m.workingDays(t.limitDays()),
                t.limitDays() == null ? Suppression.NONE : Suppression.count(t.overLimit(), texts.locale))).toList();
        Chart chart = new Chart(false, times.stream().map(StageTime::stage).toList(), List.of(
                new Series(m.medianDays(), times.stream().map(t -> Suppression.chartDays(t.medianDays(), t.stays())).toList()),
                new Series(m.p90Days(), times.stream().map(t -> Suppression.chartDays(t.p90Days(), t.stays())).toList())));
        return new ReportTable("stages", title("stages", m), m.stagesExplanation(),
                List.of(m.stage(), m.stays(), m.medianDays(), m.p90Days(), m.limit(), m.overLimit()), rows, chart);
    }

    private ReportTable sources(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<PipelineFacts.SourceYield> yields = facts.sources(scope);
        List<List<String>> rows = yields.stream().map(y -> List.of(texts.pipeline.source(y.source()),
                Suppression.count(y.applications(), texts.locale), Suppression.count(y.interviewed(), texts.locale),
                Suppression.count(y.hired(), texts.locale), Suppression.share(y.hired(), y.applications(), texts.locale))).toList();
        long hires = yields.stream().mapToLong(PipelineFacts.SourceYield::hired).sum();
        Chart chart = new Chart(false, yields.stream().map(y -> texts.pipeline.source(y.source())).toList(), List.of(
                new Series(m.applications(), yields.stream().map(y -> Suppression.chartCount(y.applications())).toList()),
                new Series(m.interviewed(), yields.stream().map(y -> Suppression.chartCount(y.interviewed())).toList()),
                new Series(m.hired(), yields.stream().map(y -> Suppression.chartCount(y.hired())).toList())));
        return new ReportTable("sources", title("sources", m), m.sourcesExplanation(Suppression.count(hires, texts.locale)),
                List.of(m.source(), m.applications(), m.interviewed(), m.hired(), m.hireRate()), rows, chart);
    }

    private ReportTable reasons(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<PipelineFacts.ReasonCount> reasons = facts.rejectionReasons(scope);
        long total = reasons.stream().mapToLong(PipelineFacts.ReasonCount::count).sum();
        Function<PipelineFacts.ReasonCount, String> label = r -> r.reason() == null ? m.noReason() : r.reason().in(texts.locale);
        List<List<String>> rows = reasons.stream().map(r -> List.of(label.apply(r), Suppression.count(r.count(), texts.locale),
                Suppression.share(r.count(), total, texts.locale))).toList();
        Chart chart = new Chart(true, reasons.stream().map(label).toList(),
                List.of(new Series(m.rejections(), reasons.stream().map(r -> Suppression.chartCount(r.count())).toList())));
        return new ReportTable("reasons", title("reasons", m), m.reasonsExplanation(), List.of(m.reason(), m.rejections(), m.share()), rows,
                chart);
    }

    private ReportTable knockouts(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<List<String>> rows = knockouts.knockouts(scope).stream().map(k -> List.of(
                k.text() != null ? k.text().in(texts.locale) : texts.screening.kind(k.kind())
                        + (k.language() == null ? "" : " (" + k.language().name().toLowerCase(Locale.ROOT) + ")"),
                Suppression.count(k.count(), texts.locale))).toList();
        return new ReportTable("knockouts", title("knockouts", m), m.knockoutsExplanation(), List.of(m.question(), m.knockouts()), rows,
                null);
    }

    private ReportTable withdrawals(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        List<PipelineFacts.WithdrawalCount> withdrawals = facts.withdrawals(scope);
        List<List<String>> rows = withdrawals.stream().map(w -> List.of(w.stage(), Suppression.count(w.count(), texts.locale),
                Suppression.days(w.medianDays(), w.count(), texts.locale))).toList();
        Chart chart = new Chart(false, withdrawals.stream().map(PipelineFacts.WithdrawalCount::stage).toList(),
                List.of(new Series(m.withdrawals(), withdrawals.stream().map(w -> Suppression.chartCount(w.count())).toList())));
        return new ReportTable("withdrawals", title("withdrawals", m), m.withdrawalsExplanation(),
                List.of(m.stage(), m.withdrawals(), m.medianDaysSinceApplying()), rows, chart);
    }

    private ReportTable bookings(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        Map<SlotKind, Map<BookingOutcome, Long>> byKind = new EnumMap<>(SlotKind.class);
        BookingFact.countInScope(scope).forEach(c -> byKind.computeIfAbsent(c.kind(), k -> new EnumMap<>(BookingOutcome.class))
                .put(c.outcome(), c.count()));
        List<List<String>> rows = new ArrayList<>();
        byKind.forEach((kind, counts) -> {
            long booked = counts.values().stream().mapToLong(Long::longValue).sum();
            long attended = counts.getOrDefault(BookingOutcome.ATTENDED, 0L);
            long noShow = counts.getOrDefault(BookingOutcome.NO_SHOW, 0L);
            rows.add(List.of(texts.booking.kind(kind), Suppression.count(booked, texts.locale),
                    Suppression.count(counts.getOrDefault(BookingOutcome.CANCELLED, 0L), texts.locale),
                    Suppression.count(attended, texts.locale), Suppression.count(noShow, texts.locale),
                    Suppression.share(noShow, attended + noShow, texts.locale)));
        });
        return new ReportTable("bookings", title("bookings", m), m.bookingsExplanation(),
                List.of(m.slotKind(), m.booked(), m.cancelled(), m.attended(), m.noShow(), m.noShowRate()), rows, null);
    }

    private ReportTable offers(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        Map<ApplicationStatus, Long> byOutcome = new EnumMap<>(ApplicationStatus.class);
        facts.offers(scope).forEach(o -> byOutcome.put(o.outcome(), o.count()));
        long offered = byOutcome.values().stream().mapToLong(Long::longValue).sum();
        List<List<String>> rows = new ArrayList<>();
        if (offered > 0) {
            rows.add(List.of(m.offered(), Suppression.count(offered, texts.locale), Suppression.NONE));
            for (ApplicationStatus outcome : List.of(ApplicationStatus.HIRED, ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED)) {
                long count = byOutcome.getOrDefault(outcome, 0L);
                rows.add(List.of(texts.pipeline.outcome(outcome), Suppression.count(count, texts.locale),
                        Suppression.share(count, offered, texts.locale)));
            }
        }
        return new ReportTable("offers", title("offers", m), m.offersExplanation(), List.of(m.offerOutcome(), m.applications(), m.share()),
                rows, null);
    }

    /** The candidate experience survey: only the number of answers until a group is large enough to show. */
    private ReportTable survey(FactScope scope, Texts texts) {
        ReportMessages m = texts.report;
        SurveySummary summary = survey.summarise(scope);
        List<List<String>> rows = new ArrayList<>();
        if (summary.answers() > 0) {
            rows.add(List.of(m.surveyAnswers(), Suppression.count(summary.answers(), texts.locale)));
        }
        if (summary.shown()) {
            rows.add(List.of(m.surveyNps(), String.valueOf(summary.nps())));
            rows.add(List.of(m.surveyPromoters(), Suppression.count(summary.promoters(), texts.locale)));
            rows.add(List.of(m.surveyPassives(), Suppression.count(summary.passives(), texts.locale)));
            rows.add(List.of(m.surveyDetractors(), Suppression.count(summary.detractors(), texts.locale)));
            rows.add(List.of(m.surveyClarity(), Formats.oneDecimal(summary.clarity().doubleValue(), texts.locale)));
            rows.add(List.of(m.surveySpeed(), Formats.oneDecimal(summary.speed().doubleValue(), texts.locale)));
            rows.add(List.of(m.surveyRespect(), Formats.oneDecimal(summary.respect().doubleValue(), texts.locale)));
            summary.outcomes().stream().filter(SurveySummary.OutcomeGroup::shown).forEach(group -> rows.add(
                    List.of(m.surveyNpsOf(texts.pipeline.outcome(group.outcome())), String.valueOf(group.nps()))));
        } else if (summary.answers() > 0) {
            rows.add(List.of(m.surveyHidden(summary.minimumGroup()), Suppression.NONE));
        }
        return new ReportTable("survey", title("survey", m), m.surveyExplanation(summary.minimumGroup()), List.of(m.surveyFigure(), m.surveyValue()),
                rows, null, summary.comments());
    }

    /** The bundles a report's texts come from, in the reader's language. */
    private static final class Texts {
        final Locale locale;
        final ReportMessages report;
        final PipelineMessages pipeline;
        final BookingMessages booking;
        final ScreeningMessages screening;

        Texts(Locale locale) {
            this.locale = locale;
            this.report = RequestLocale.bundle(ReportMessages.class, locale);
            this.pipeline = RequestLocale.bundle(PipelineMessages.class, locale);
            this.booking = RequestLocale.bundle(BookingMessages.class, locale);
            this.screening = RequestLocale.bundle(ScreeningMessages.class, locale);
        }
    }
}
