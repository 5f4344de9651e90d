package nl.werving.pipeline;

import static nl.werving.support.Applicant.anApplicant;
import static nl.werving.support.TestApplications.anApplication;
import static nl.werving.support.TestVacancies.aVacancy;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.support.WebSession;
import nl.werving.vacancy.Vacancy;

@QuarkusTest
class StagesTest {

    /** The editor's form for these stages, in this order, with extra new ones. */
    private static Map<String, Object> form(List<Stage> stages, List<String> extra) {
        List<Object> ids = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        List<Object> englishNames = new ArrayList<>();
        List<Object> frenchNames = new ArrayList<>();
        List<Object> phases = new ArrayList<>();
        List<Object> orders = new ArrayList<>();
        int order = 1;
        for (Stage stage : stages) {
            ids.add(stage.id);
            names.add(stage.name);
            englishNames.add(stage.nameEn == null ? "" : stage.nameEn);
            frenchNames.add(stage.nameFr == null ? "" : stage.nameFr);
            phases.add(stage.phase);
            orders.add(order++);
        }
        for (String name : extra) {
            ids.add("");
            names.add(name);
            englishNames.add("");
            frenchNames.add("");
            phases.add(StagePhase.INTERVIEWS);
            orders.add(order++);
        }
        Map<String, Object> form = new HashMap<>();
        form.put("stageId", ids);
        form.put("stageName", names);
        form.put("stageNameEn", englishNames);
        form.put("stageNameFr", frenchNames);
        form.put("stagePhase", phases);
        form.put("stageOrder", orders);
        return form;
    }

    @Test
    void aNewVacancyGetsItsOwnCopyOfTheDefaultTemplate() {
        List<Stage> stages = TestApplications.stagesOf(aVacancy().persist());

        assertEquals(List.of("Nieuw", "Screening", "Telefonisch gesprek", "Rollenspel", "Interview", "Referenties", "Aanbod", "Aangenomen"),
                stages.stream().map(s -> s.name).toList());
        assertEquals(StagePhase.RECEIVED, stages.get(0).phase);
        assertEquals(StagePhase.HIRED, stages.get(7).phase);
        assertEquals(List.of("New", "Screening", "Phone interview", "Role-play", "Interview", "References", "Offer", "Hired"),
                stages.stream().map(s -> s.nameIn(Locale.ENGLISH)).toList());
        assertEquals(List.of("Nouveau", "Présélection", "Entretien téléphonique", "Jeu de rôle", "Entretien", "Références", "Offre",
                "Embauche"), stages.stream().map(s -> s.nameIn(Locale.FRENCH)).toList());
    }

    @Test
    void theRecruiterNamesStagesInEnglishAndFrenchAndABlankNameMeansTheDutchOne() {
        Vacancy vacancy = aVacancy().persist();
        Map<String, Object> form = form(TestApplications.stagesOf(vacancy), List.of("Proefdag"));
        ((List<Object>) form.get("stageNameEn")).set(1, "  CV screening ");
        ((List<Object>) form.get("stageNameFr")).set(1, " ");
        ((List<Object>) form.get("stageNameEn")).set(8, "Trial day");
        WebSession recruiter = WebSession.as(TestUsers.recruiter());

        recruiter.post("/app/vacancies/" + vacancy.id + "/stages", form).then().statusCode(303);

        List<Stage> stages = TestApplications.stagesOf(vacancy);
        assertEquals("CV screening", stages.get(1).nameEn);
        assertNull(stages.get(1).nameFr, "a blank name is no name");
        assertEquals("Screening", stages.get(1).nameIn(Locale.FRENCH));
        assertEquals("Trial day", stages.get(8).nameIn(Locale.ENGLISH));
        assertEquals("Proefdag", stages.get(8).nameIn(Locale.FRENCH));
        assertEquals("Proefdag", stages.get(8).nameIn(Locale.forLanguageTag("nl")));
        recruiter.get("/app/vacancies/" + vacancy.id + "/stages").then().statusCode(200)
                .body(containsString("name=\"stageNameEn\" value=\"CV screening\""))
                .body(containsString("name=\"stageNameFr\" value=\"Jeu de rôle\""));
    }

    @Test
    void aFrenchStageNameOverSixtyCharactersIsRefusedAndNothingChanges() {
        Vacancy vacancy = aVacancy().persist();
        Map<String, Object> form = form(TestApplications.stagesOf(vacancy), List.of());
        ((List<Object>) form.get("stageNameFr")).set(2, "é".repeat(61));

        WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id + "/stages", form).then().statusCode(400)
                .body(containsString("Geef elke fase een naam van maximaal 60 tekens en een betekenis."));

        assertEquals("Entretien téléphonique", TestApplications.stagesOf(vacancy).get(2).nameFr);
    }

    @Test
    void recruiterRenamesReordersAddsAndRemovesStages() {
        Vacancy vacancy = aVacancy().persist();
        List<Stage> stages = new ArrayList<>(TestApplications.stagesOf(vacancy));
        Stage roleplay = stages.remove(3);
        stages.get(1).name = "Cv-screening";
        Map<String, Object> form = form(stages, List.of("Typetest"));
        form.put("remove", List.of(roleplay.id));
        ((List<Object>) form.get("stageId")).add(roleplay.id);
        ((List<Object>) form.get("stageName")).add(roleplay.name);
        ((List<Object>) form.get("stagePhase")).add(roleplay.phase);
        ((List<Object>) form.get("stageOrder")).add(99);

        WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id + "/stages", form).then().statusCode(303);

        List<String> names = TestApplications.stagesOf(vacancy).stream().map(s -> s.name).toList();
        assertEquals(List.of("Nieuw", "Cv-screening", "Telefonisch gesprek", "Interview", "Referenties", "Aanbod", "Aangenomen", "Typetest"), names);
    }

    @Test
    void aNewApplicationEntersTheFirstStageTheDatabaseHoldsNow() {
        Vacancy vacancy = aVacancy().published().persist();
        anApplicant().applyTo(vacancy.slug).then().statusCode(303);
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        // Screening moved to the front as another instance's stage editor commits it: this instance is not told.
        QuarkusTransaction.requiringNew().run(() -> {
            Stage nieuw = Stage.findById(stages.get(0).id);
            Stage screening = Stage.findById(stages.get(1).id);
            nieuw.sortOrder = 100;
            Stage.flush();
            screening.sortOrder = 1;
            Stage.flush();
            nieuw.sortOrder = 2;
        });

        anApplicant().applyTo(vacancy.slug).then().statusCode(303);

        List<Long> entered = QuarkusTransaction.requiringNew().call(() -> Application.<Application> list("vacancy.id = ?1 order by id",
                vacancy.id).stream().map(application -> application.stage.id).toList());
        assertEquals(List.of(stages.get(0).id, stages.get(1).id), entered);
    }

    @Test
    void aStageWithApplicationsCannotBeRemoved() {
        Vacancy vacancy = aVacancy().persist();
        anApplication().to(vacancy).inStage(1).persist();
        List<Stage> stages = TestApplications.stagesOf(vacancy);
        Map<String, Object> form = form(stages, List.of());
        form.put("remove", List.of(stages.get(1).id));

        WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id + "/stages", form).then().statusCode(400)
                .body(containsString("Een fase met sollicitaties (ook afgeronde) kan niet weg."));

        assertEquals(8, TestApplications.stagesOf(vacancy).size());
    }

    @Test
    void adminChangesTheTemplateForNewVacanciesOnly() {
        Vacancy before = aVacancy().persist();
        StageTemplate template = QuarkusTransaction.requiringNew().call(() -> {
            StageTemplate found = StageTemplate.findDefault();
            found.stages.size();
            return found;
        });
        List<String> names = new ArrayList<>(template.stages.stream().map(s -> s.name).toList());
        List<Object> englishNames = new ArrayList<>(template.stages.stream().map(s -> (Object) Objects.toString(s.nameEn, "")).toList());
        List<Object> frenchNames = new ArrayList<>(template.stages.stream().map(s -> (Object) Objects.toString(s.nameFr, "")).toList());
        List<Object> phases = new ArrayList<>(template.stages.stream().map(s -> (Object) s.phase).toList());
        List<Object> ids = new ArrayList<>(template.stages.stream().map(s -> (Object) s.id).toList());
        List<Object> orders = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            orders.add(i);
        }
        names.add("Proefdag");
        englishNames.add("Trial day");
        frenchNames.add("");
        phases.add(StagePhase.INTERVIEWS);
        ids.add("");
        orders.add(5);
        WebSession admin = WebSession.as(TestUsers.admin());
        try {
            admin.post("/app/stage-templates/" + template.id, Map.of("name", "Klantenservice", "version", template.version,
                    "stageId", ids, "stageName", names, "stageNameEn", englishNames, "stageNameFr", frenchNames, "stagePhase", phases,
                    "stageOrder", orders)).then().statusCode(303);

            List<Stage> copied = TestApplications.stagesOf(aVacancy().persist());
            assertEquals("Proefdag", copied.get(5).name);
            assertEquals("Trial day", copied.get(5).nameEn, "a new vacancy copies the template's names in every language");
            assertEquals("Jeu de rôle", copied.get(3).nameFr);
            assertEquals(8, TestApplications.stagesOf(before).size(), "existing vacancies keep their stages");
        } finally {
            StageTemplate current = QuarkusTransaction.requiringNew().call(() -> StageTemplate.findDefault());
            names.remove("Proefdag");
            englishNames.remove(englishNames.size() - 1);
            frenchNames.remove(frenchNames.size() - 1);
            phases.remove(phases.size() - 1);
            ids.remove(ids.size() - 1);
            orders.remove(orders.size() - 1);
            admin.post("/app/stage-templates/" + template.id, Map.of("name", "Klantenservice", "version", current.version,
                    "stageId", ids, "stageName", names, "stageNameEn", englishNames, "stageNameFr", frenchNames, "stagePhase", phases,
                    "stageOrder", orders)).then().statusCode(303);
        }
    }

    @Test
    void aStageNameOverSixtyCharactersIsRefusedAndNothingChanges() {
        Vacancy vacancy = aVacancy().persist();
        Map<String, Object> form = form(TestApplications.stagesOf(vacancy), List.of("x".repeat(61)));

        WebSession.as(TestUsers.recruiter()).post("/app/vacancies/" + vacancy.id + "/stages", form).then().statusCode(400)
                .body(containsString("Geef elke fase een naam van maximaal 60 tekens en een betekenis."));

        assertEquals(8, TestApplications.stagesOf(vacancy).size());
    }

    @Test
    void aTemplateWithoutANameIsRefusedInTheUsersLanguage() {
        StageTemplate template = QuarkusTransaction.requiringNew().call(() -> {
            StageTemplate found = StageTemplate.findDefault();
            found.stages.size();
            return found;
        });
        Map<String, Object> form = form(List.of(), List.of("Intake"));
        form.put("name", " ");
        form.put("version", template.version);

        WebSession.as(TestUsers.admin()).language("en").post("/app/stage-templates/" + template.id, form).then().statusCode(400)
                .body(containsString("Give every stage a name of at most 60 characters and a meaning."));

        assertEquals(template.version, QuarkusTransaction.requiringNew().call(() -> StageTemplate.findDefault().version));
    }
}
