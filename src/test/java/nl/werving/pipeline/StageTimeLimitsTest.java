package nl.werving.pipeline;

import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

/** A stage's time limit in working days: set in the vacancy's and the template's stage editor, copied to new vacancies. */
@QuarkusTest
class StageTimeLimitsTest {

    /** The editor's form for these stages, with a limit per stage ("" for none). */
    static Map<String, Object> form(List<Stage> stages, String... limits) {
        List<Object> ids = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        List<Object> phases = new ArrayList<>();
        List<Object> orders = new ArrayList<>();
        for (Stage stage : stages) {
            ids.add(stage.id);
            names.add(stage.name);
            phases.add(stage.phase);
            orders.add(orders.size() + 1);
        }
        List<Object> limitList = new ArrayList<>(Arrays.asList((Object[]) limits));
        while (limitList.size() < stages.size()) {
            limitList.add("");
        }
        Map<String, Object> form = new HashMap<>();
        form.put("stageId", ids);
        form.put("stageName", names);
        form.put("stagePhase", phases);
        form.put("stageOrder", orders);
        form.put("stageLimit", limitList);
        return form;
    }

    @Test
    void aRecruiterSetsAStagesLimitAndSeesItAgain() {
        Vacancy vacancy = aVacancy().persist();
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/vacancies/" + vacancy.id + "/stages", form(TestApplications.stagesOf(vacancy), "", "3")).then().statusCode(303);

        List<Stage> stages = TestApplications.stagesOf(vacancy);
        assertNull(stages.get(0).timeLimitDays);
        assertEquals(3, stages.get(1).timeLimitDays);
        recruiter.get("/app/vacancies/" + vacancy.id + "/stages").then().statusCode(200)
                .body(containsString("id=\"limit-1\" name=\"stageLimit\" value=\"3\""))
                .body(containsString("Termijn (werkdagen)"));

        recruiter.post("/app/vacancies/" + vacancy.id + "/stages", form(stages, "", "")).then().statusCode(303);
        assertNull(TestApplications.stagesOf(vacancy).get(1).timeLimitDays, "emptied: the careers site's promise again");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "-2", "2.5", "251", "drie" })
    void aLimitThatIsNotAPositiveWholeNumberIsRefusedBesideItsField(String limit) {
        Vacancy vacancy = aVacancy().persist();

        String page = WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id + "/stages",
                form(TestApplications.stagesOf(vacancy), "", limit)).then().statusCode(400).extract().asString();

        assertEquals(true, page.contains("<div id=\"limit-1-error\" class=\"invalid-feedback d-block\">"), "message beside the field");
        assertEquals(true, page.contains("Vul een heel aantal werkdagen in, van 1 tot en met 250, of laat het leeg."));
        assertEquals(true, page.contains("aria-describedby=\"limit-1-error\""));
        assertEquals(false, page.contains("limit-0-error"), "only the wrong row is marked");
        assertNull(TestApplications.stagesOf(vacancy).get(1).timeLimitDays, "nothing saved");
    }

    @Test
    void anAdminSetsLimitsInATemplateAndNewVacanciesCopyThem() {
        long templateId = QuarkusTransaction.requiringNew().call(() -> {
            StageTemplate template = new StageTemplate();
            template.name = "Termijnen";
            TemplateStage stage = new TemplateStage();
            stage.template = template;
            stage.sortOrder = 1;
            stage.name = "Nieuw";
            stage.phase = StagePhase.RECEIVED;
            template.stages.add(stage);
            template.persist();
            return template.id;
        });
        WebSession admin = WebSession.as(TestUsers.admin());
        long version = QuarkusTransaction.requiringNew().call(() -> StageTemplate.<StageTemplate> findById(templateId).version);

        admin.language("en").post("/app/stage-templates/" + templateId, Map.of("name", "Termijnen", "version", version,
                "stageId", List.of(""), "stageName", List.of("Nieuw"), "stagePhase", List.of("RECEIVED"), "stageOrder", List.of("1"),
                "stageLimit", List.of("0"))).then().statusCode(400)
                .body(containsString("Enter a whole number of working days, from 1 to 250, or leave it empty."));
        admin.post("/app/stage-templates/" + templateId, Map.of("name", "Termijnen", "version", version,
                "stageId", List.of(""), "stageName", List.of("Nieuw"), "stagePhase", List.of("RECEIVED"), "stageOrder", List.of("1"),
                "stageLimit", List.of("4"))).then().statusCode(303);

        assertEquals(4, QuarkusTransaction.requiringNew().call(
                () -> StageTemplate.<StageTemplate> findById(templateId).stages.get(0).timeLimitDays));
        admin.get("/app/stage-templates/" + templateId).then().statusCode(200).body(containsString("value=\"4\""));
    }

    @Test
    void aNewVacancyCopiesTheDefaultTemplatesLimits() {
        long stageId = QuarkusTransaction.requiringNew().call(() -> StageTemplate.findDefault().stages.get(1).id);
        try {
            QuarkusTransaction.requiringNew().run(() -> TemplateStage.update("timeLimitDays = 2 where id = ?1", stageId));

            assertEquals(2, TestApplications.stagesOf(aVacancy().persist()).get(1).timeLimitDays);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> TemplateStage.update("timeLimitDays = null where id = ?1", stageId));
        }
    }
}
