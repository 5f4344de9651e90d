package nl.werving.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.profile.IfBuildProfile;
import nl.werving.pipeline.Stage;
import nl.werving.vacancy.Vacancy;

/**
 * Time limits on the demo vacancies' early stages, so the home page has candidates waiting too long: screening within two
 * working days, the phone interview within three; the other stages keep the careers site's promise.
 */
@IfBuildProfile(anyOf = { "dev", "test" })
@ApplicationScoped
class DemoHome {

    void create(List<Vacancy> vacancies) {
        for (Vacancy vacancy : vacancies) {
            for (Stage stage : Stage.listForVacancy(vacancy.id)) {
                if ("Screening".equals(stage.name)) {
                    stage.timeLimitDays = 2;
                } else if ("Telefonisch gesprek".equals(stage.name)) {
                    stage.timeLimitDays = 3;
                }
            }
        }
    }
}
