package nl.werving.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import nl.werving.booking.Slot;
import nl.werving.booking.SlotKind;
import nl.werving.booking.SlotStatus;
import nl.werving.identity.AppUser;
import nl.werving.pipeline.Stage;
import nl.werving.screening.KnockoutRule;
import nl.werving.screening.KnockoutRuleSet;
import nl.werving.screening.RuleOperator;
import nl.werving.screening.ScreeningKind;
import nl.werving.screening.ScreeningQuestion;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyText;
import nl.werving.web.Formats;
import nl.werving.web.WorkingDays;

/**
 * Volume intake to click through: *Chat-agent e-commerce* asks two screening questions with knock-out rules (weekends,
 * hours) and takes applications without a CV; *Klantenservice medewerker* offers role-play moments for its *Rollenspel*
 * stage; the bilingual vacancy has its text in French. After the other demo data, once.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoVolumeIntake {

    private final DemoConfig config;
    private final Clock clock;

    DemoVolumeIntake(DemoConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @Priority(26) StartupEvent start) {
        if (!config.enabled() || ScreeningQuestion.count() > 0 || Slot.count() > 0) {
            return;
        }
        Long recruiter = AppUser.findByUsername("recruiter").map(user -> user.id).orElse(null);
        Vacancy.<Vacancy> find("title", "Chat-agent e-commerce").firstResultOptional().ifPresent(this::screening);
        Vacancy.<Vacancy> find("title", "Klantenservice medewerker").firstResultOptional().ifPresent(v -> rolePlays(v, recruiter));
        Vacancy.<Vacancy> find("title", "Tweetalige customer support medewerker NL/FR").firstResultOptional().ifPresent(this::french);
    }

    private void screening(Vacancy vacancy) {
        vacancy.cvOptional = true;
        ScreeningQuestion weekend = question(vacancy, ScreeningKind.WEEKEND, 1);
        ScreeningQuestion hours = question(vacancy, ScreeningKind.HOURS, 2);
        KnockoutRuleSet rules = new KnockoutRuleSet();
        rules.vacancy = vacancy;
        rules.number = 1;
        rules.createdAt = Instant.now(clock);
        rules.rules.add(rule(rules, weekend, RuleOperator.ANSWER_IS, "no", 1));
        if (vacancy.hoursMin != null) {
            rules.rules.add(rule(rules, hours, RuleOperator.LESS_THAN, String.valueOf(vacancy.hoursMin), 2));
        }
        rules.persist();
    }

    private static ScreeningQuestion question(Vacancy vacancy, ScreeningKind kind, int order) {
        ScreeningQuestion question = new ScreeningQuestion();
        question.vacancy = vacancy;
        question.kind = kind;
        question.sortOrder = order;
        question.persist();
        return question;
    }

    private static KnockoutRule rule(KnockoutRuleSet set, ScreeningQuestion question, RuleOperator operator, String value, int position) {
        KnockoutRule rule = new KnockoutRule();
        rule.ruleSet = set;
        rule.question = question;
        rule.operator = operator;
        rule.value = value;
        rule.position = position;
        return rule;
    }

    /** Two role-play moments on each of the next three working days, at the office. */
    private void rolePlays(Vacancy vacancy, Long recruiter) {
        Stage stage = Stage.listForVacancy(vacancy.id).stream().filter(s -> "Rollenspel".equals(s.name)).findFirst().orElse(null);
        if (stage == null) {
            return;
        }
        LocalDate day = LocalDate.now(clock.withZone(Formats.ZONE));
        for (int i = 0; i < 3; i++) {
            day = WorkingDays.next(day);
            for (LocalTime time : List.of(LocalTime.of(10, 0), LocalTime.of(14, 0))) {
                Slot slot = new Slot();
                slot.vacancy = vacancy;
                slot.stage = stage;
                slot.kind = SlotKind.ROLE_PLAY;
                slot.startsAt = day.atTime(time).atZone(Formats.ZONE).toInstant();
                slot.durationMinutes = SlotKind.ROLE_PLAY.defaultMinutes;
                slot.location = "Stationsplein 12, Utrecht";
                slot.room = "Trainingsruimte 2";
                slot.capacity = 1;
                slot.status = SlotStatus.OPEN;
                slot.calendarUid = UUID.randomUUID() + "@werving";
                slot.createdBy = recruiter;
                slot.createdAt = Instant.now(clock);
                slot.persist();
            }
        }
    }

    private void french(Vacancy vacancy) {
        VacancyText text = new VacancyText(Language.FR);
        text.title = "Collaborateur support client bilingue NL/FR";
        text.intro = "Tu aides nos clients belges par téléphone et par chat, en français comme en néerlandais.";
        text.tasks = "Répondre aux questions des clients\nEnregistrer les demandes dans le système";
        text.mustHaves = "Français et néerlandais courants";
        vacancy.putText(Language.FR, text);
    }
}
