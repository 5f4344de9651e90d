package nl.werving.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import nl.werving.pipeline.ApplicationStatus;
import nl.werving.survey.SurveyResponse;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.Formats;

/**
 * Answers to the candidate experience survey over the last three months, so the reports have figures to show: enough
 * for the first vacancy to pass the minimum group, too few for the second. Once, when there are none yet.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoSurveys {

    private static final List<String> COMMENTS = List.of("Snel gebeld na mijn sollicitatie, fijn.",
            "Na het rollenspel bleef het een week stil; een berichtje tussendoor had geholpen.",
            "Duidelijke uitleg over de diensten en het salaris.", "De afwijzing was vriendelijk en met een reden.",
            "Het gesprek begon twintig minuten te laat.");

    private final DemoConfig config;
    private final Clock clock;

    DemoSurveys(DemoConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @Priority(27) StartupEvent start) {
        if (!config.enabled() || SurveyResponse.count() > 0) {
            return;
        }
        List<Vacancy> vacancies = Vacancy.findAll(Sort.by("id")).list();
        if (vacancies.size() < 2) {
            return;
        }
        Random random = new Random(46);
        LocalDate thisMonth = LocalDate.now(clock.withZone(Formats.ZONE)).withDayOfMonth(1);
        for (int i = 0; i < 30; i++) {
            answer(vacancies.get(0), random, thisMonth.minusMonths(i % 3), i);
        }
        for (int i = 0; i < 6; i++) {
            answer(vacancies.get(1), random, thisMonth, i);
        }
    }

    private static void answer(Vacancy vacancy, Random random, LocalDate month, int i) {
        ApplicationStatus outcome = i % 5 == 0 ? ApplicationStatus.HIRED
                : i % 7 == 0 ? ApplicationStatus.WITHDRAWN : ApplicationStatus.REJECTED;
        int nps = Math.min(10, (outcome == ApplicationStatus.HIRED ? 7 : 3) + random.nextInt(6));
        SurveyResponse.of(vacancy, outcome, month, nps, 1 + random.nextInt(5), 2 + random.nextInt(4), 3 + random.nextInt(3),
                i % 4 == 0 ? COMMENTS.get(i / 4 % COMMENTS.size()) : null).persist();
    }
}
