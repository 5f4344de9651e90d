package nl.werving.support;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.inject.spi.CDI;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.werving.identity.AppUser;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Country;
import nl.werving.vacancy.Language;
import nl.werving.vacancy.LanguageLevel;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyChanged;
import nl.werving.vacancy.VacancyCreated;
import nl.werving.vacancy.VacancyStatus;
import nl.werving.vacancy.VacancyText;
import nl.werving.vacancy.WorkModel;

/** Builds vacancies for tests: {@code aVacancy().titled("Chat-agent").published().persist()}. */
public final class TestVacancies {

    private final Vacancy vacancy = new Vacancy();

    private TestVacancies() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        vacancy.title = "Klantenservice medewerker " + unique;
        vacancy.slug = "klantenservice-medewerker-" + unique;
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.team = "Klantenservice";
        vacancy.city = "Utrecht";
        vacancy.country = Country.NL;
        vacancy.workModel = WorkModel.HYBRID;
        vacancy.contractType = ContractType.PERMANENT;
        vacancy.openings = 1;
        vacancy.hoursMin = 32;
        vacancy.hoursMax = 40;
        vacancy.tasks = "Klantvragen beantwoorden\nOrders verwerken";
        vacancy.mustHaves = "Goed Nederlands\nRustig onder druk";
        vacancy.salaryMin = 2600;
        vacancy.salaryMax = 3100;
        vacancy.requireLanguage(Language.NL, LanguageLevel.C1);
        vacancy.createdAt = Instant.now();
        vacancy.updatedAt = vacancy.createdAt;
    }

    public static TestVacancies aVacancy() {
        return new TestVacancies();
    }

    public TestVacancies titled(String title) {
        vacancy.title = title;
        return this;
    }

    public TestVacancies withoutSalary() {
        vacancy.salaryMin = null;
        vacancy.salaryMax = null;
        return this;
    }

    public TestVacancies withStatus(VacancyStatus status) {
        vacancy.status = status;
        if (status != VacancyStatus.DRAFT) {
            vacancy.publishedAt = vacancy.createdAt;
        }
        return this;
    }

    public TestVacancies published() {
        return withStatus(VacancyStatus.OPEN);
    }

    public TestVacancies closingOn(java.time.LocalDate date) {
        vacancy.closingDate = date;
        return this;
    }

    public TestVacancies remote() {
        vacancy.workModel = WorkModel.REMOTE;
        return this;
    }

    public TestVacancies inCity(String city) {
        vacancy.city = city;
        return this;
    }

    public TestVacancies hours(int min, int max) {
        vacancy.hoursMin = min;
        vacancy.hoursMax = max;
        return this;
    }

    public TestVacancies contract(ContractType type) {
        vacancy.contractType = type;
        return this;
    }

    public TestVacancies requiring(Language language, LanguageLevel level) {
        vacancy.requireLanguage(language, level);
        return this;
    }

    /** Public texts in English or French: the title, and the tasks as one line. */
    public TestVacancies translated(Language language, String title, String tasks) {
        VacancyText text = new VacancyText(language);
        text.title = title;
        text.tasks = tasks;
        vacancy.putText(language, text);
        return this;
    }

    public TestVacancies inTeam(String team) {
        vacancy.team = team;
        return this;
    }

    public TestVacancies withWeekendWork() {
        vacancy.weekendWork = true;
        return this;
    }

    public TestVacancies withEveningWork() {
        vacancy.eveningWork = true;
        return this;
    }

    public TestVacancies withScheduleNote(String note) {
        vacancy.scheduleNote = note;
        return this;
    }

    public TestVacancies withCvOptional() {
        vacancy.cvOptional = true;
        return this;
    }

    public TestVacancies publishedAt(Instant at) {
        vacancy.publishedAt = at;
        return this;
    }

    public TestVacancies managedBy(AppUser hiringManager) {
        vacancy.hiringManager = hiringManager;
        return this;
    }

    public Vacancy persist() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (vacancy.hiringManager != null) {
                vacancy.hiringManager = AppUser.findById(vacancy.hiringManager.id);
            }
            vacancy.persist();
            CDI.current().getBeanManager().getEvent().select(VacancyCreated.class).fire(new VacancyCreated(vacancy.id));
            CDI.current().getBeanManager().getEvent().select(VacancyChanged.class).fire(new VacancyChanged(vacancy.id));
            return vacancy;
        });
    }

    public static Vacancy reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Vacancy found = Vacancy.findById(id);
            if (found != null) {
                found.languages.size();
                found.texts.size();
            }
            return found;
        });
    }

    public static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Vacancy.count());
    }
}
