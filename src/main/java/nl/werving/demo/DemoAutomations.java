package nl.werving.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import nl.werving.automation.AutomationAction;
import nl.werving.automation.AutomationDelay;
import nl.werving.automation.StageAutomation;
import nl.werving.identity.AppUser;
import nl.werving.messaging.MessageTemplate;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;

/**
 * Stage automations of the demo vacancy *Klantenservice medewerker*: move a card to *Telefonisch gesprek* and the
 * invitation is planned at once; after the other demo data, once, when there are none yet.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoAutomations {

    private final DemoConfig config;
    private final Clock clock;

    DemoAutomations(DemoConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes @Priority(25) StartupEvent start) {
        if (!config.enabled() || StageAutomation.count() > 0) {
            return;
        }
        Vacancy vacancy = Vacancy.<Vacancy> find("title", "Klantenservice medewerker").firstResult();
        Long recruiter = AppUser.findByUsername("recruiter").map(user -> user.id).orElse(null);
        if (vacancy == null || recruiter == null) {
            return;
        }
        List<Stage> stages = Stage.listForVacancy(vacancy.id);
        MessageTemplate invitation = MessageTemplate.<MessageTemplate> find("name.nl", "Uitnodiging telefonisch gesprek").firstResult();
        for (Stage stage : stages) {
            switch (stage.name) {
                case "Telefonisch gesprek" -> {
                    if (invitation != null) {
                        automation(stage, AutomationAction.SEND_TEMPLATE, AutomationDelay.IMMEDIATELY, null, invitation, recruiter);
                    }
                }
                case "Interview" -> automation(stage, AutomationAction.REMIND_INTERVIEWERS, AutomationDelay.HOURS, 2, null, recruiter);
                case "Referenties" -> automation(stage, AutomationAction.ASK_REFEREES, AutomationDelay.NEXT_WORKING_DAY, null, null,
                        recruiter);
                default -> {
                }
            }
        }
    }

    private void automation(Stage stage, AutomationAction action, AutomationDelay delay, Integer hours, MessageTemplate template,
            long recruiter) {
        StageAutomation automation = new StageAutomation();
        automation.stage = stage;
        automation.action = action;
        automation.delayKind = delay;
        automation.delayHours = hours;
        automation.messageTemplate = template;
        automation.createdBy = recruiter;
        automation.updatedAt = Instant.now(clock);
        automation.persist();
    }
}
