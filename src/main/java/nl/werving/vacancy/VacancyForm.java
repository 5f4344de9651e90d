package nl.werving.vacancy;

import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/** The back-office vacancy form as posted; its rules are those of {@link VacancyData}. */
public class VacancyForm {

    @RestForm
    public String title;
    @RestForm
    public String team;
    @RestForm
    public String city;
    @RestForm
    public Country country = Country.NL;
    @RestForm
    public WorkModel workModel = WorkModel.ON_SITE;
    @RestForm
    public ContractType contractType = ContractType.PERMANENT;
    @RestForm
    public Integer openings = 1;
    @RestForm
    public String slug;
    @RestForm
    public Integer hoursMin;
    @RestForm
    public Integer hoursMax;
    @RestForm
    public boolean shiftWork;
    @RestForm
    public boolean eveningWork;
    @RestForm
    public boolean weekendWork;
    @RestForm
    public String scheduleNote;
    @RestForm
    public LanguageLevel languageNl;
    @RestForm
    public LanguageLevel languageFr;
    @RestForm
    public LanguageLevel languageEn;
    @RestForm
    public String intro;
    @RestForm
    public String tasks;
    @RestForm
    public String mustHaves;
    @RestForm
    public String niceToHaves;
    @RestForm
    public String systemsUsed;
    @RestForm
    public String teamAndCulture;
    @RestForm
    public String dayInTheLife;
    @RestForm
    public Integer salaryMin;
    @RestForm
    public Integer salaryMax;
    @RestForm
    public LocalDate closingDate;
    @RestForm
    public Long hiringManagerId;
    @RestForm
    public Long recruiterId;
    @RestForm
    public Long version;
    @RestForm
    public boolean cvOptional;

    // The texts in English and French; empty means the language is not offered.
    @RestForm
    public String titleEn;
    @RestForm
    public String introEn;
    @RestForm
    public String tasksEn;
    @RestForm
    public String mustHavesEn;
    @RestForm
    public String niceToHavesEn;
    @RestForm
    public String systemsUsedEn;
    @RestForm
    public String teamAndCultureEn;
    @RestForm
    public String dayInTheLifeEn;
    @RestForm
    public String scheduleNoteEn;
    @RestForm
    public String titleFr;
    @RestForm
    public String introFr;
    @RestForm
    public String tasksFr;
    @RestForm
    public String mustHavesFr;
    @RestForm
    public String niceToHavesFr;
    @RestForm
    public String systemsUsedFr;
    @RestForm
    public String teamAndCultureFr;
    @RestForm
    public String dayInTheLifeFr;
    @RestForm
    public String scheduleNoteFr;

    public VacancyData toData() {
        return new VacancyData(title, team, city, country, workModel, contractType, openings, slug, hoursMin, hoursMax,
                shiftWork, eveningWork, weekendWork, scheduleNote, languageNl, languageFr, languageEn, intro, tasks,
                mustHaves, niceToHaves, systemsUsed, teamAndCulture, dayInTheLife, salaryMin, salaryMax, closingDate,
                hiringManagerId, recruiterId, version, cvOptional);
    }

    /** The English and French texts as written. */
    public List<VacancyTranslation> translations() {
        return List.of(getEn(), getFr());
    }

    public VacancyTranslation getEn() {
        return new VacancyTranslation(Language.EN, titleEn, introEn, tasksEn, mustHavesEn, niceToHavesEn, systemsUsedEn, teamAndCultureEn, dayInTheLifeEn, scheduleNoteEn);
    }

    public VacancyTranslation getFr() {
        return new VacancyTranslation(Language.FR, titleFr, introFr, tasksFr, mustHavesFr, niceToHavesFr, systemsUsedFr, teamAndCultureFr, dayInTheLifeFr, scheduleNoteFr);
    }

    /** The closing date as a date input expects it. */
    public String getClosingDateValue() {
        return closingDate == null ? "" : closingDate.toString();
    }

    public static VacancyForm of(Vacancy vacancy) {
        VacancyForm form = new VacancyForm();
        form.title = vacancy.title;
        form.team = vacancy.team;
        form.city = vacancy.city;
        form.country = vacancy.country;
        form.workModel = vacancy.workModel;
        form.contractType = vacancy.contractType;
        form.openings = vacancy.openings;
        form.slug = vacancy.slug;
        form.hoursMin = vacancy.hoursMin;
        form.hoursMax = vacancy.hoursMax;
        form.shiftWork = vacancy.shiftWork;
        form.eveningWork = vacancy.eveningWork;
        form.weekendWork = vacancy.weekendWork;
        form.scheduleNote = vacancy.scheduleNote;
        form.languageNl = vacancy.levelFor(Language.NL).orElse(null);
        form.languageFr = vacancy.levelFor(Language.FR).orElse(null);
        form.languageEn = vacancy.levelFor(Language.EN).orElse(null);
        form.intro = vacancy.intro;
        form.tasks = vacancy.tasks;
        form.mustHaves = vacancy.mustHaves;
        form.niceToHaves = vacancy.niceToHaves;
        form.systemsUsed = vacancy.systemsUsed;
        form.teamAndCulture = vacancy.teamAndCulture;
        form.dayInTheLife = vacancy.dayInTheLife;
        form.salaryMin = vacancy.salaryMin;
        form.salaryMax = vacancy.salaryMax;
        form.closingDate = vacancy.closingDate;
        form.hiringManagerId = vacancy.hiringManager == null ? null : vacancy.hiringManager.id;
        form.recruiterId = vacancy.recruiter == null ? null : vacancy.recruiter.id;
        form.version = vacancy.version;
        form.cvOptional = vacancy.cvOptional;
        VacancyTranslation en = VacancyTranslation.of(Language.EN, vacancy.textIn(Language.EN).orElse(null));
        form.titleEn = en.title();
        form.introEn = en.intro();
        form.tasksEn = en.tasks();
        form.mustHavesEn = en.mustHaves();
        form.niceToHavesEn = en.niceToHaves();
        form.systemsUsedEn = en.systemsUsed();
        form.teamAndCultureEn = en.teamAndCulture();
        form.dayInTheLifeEn = en.dayInTheLife();
        form.scheduleNoteEn = en.scheduleNote();
        VacancyTranslation fr = VacancyTranslation.of(Language.FR, vacancy.textIn(Language.FR).orElse(null));
        form.titleFr = fr.title();
        form.introFr = fr.intro();
        form.tasksFr = fr.tasks();
        form.mustHavesFr = fr.mustHaves();
        form.niceToHavesFr = fr.niceToHaves();
        form.systemsUsedFr = fr.systemsUsed();
        form.teamAndCultureFr = fr.teamAndCulture();
        form.dayInTheLifeFr = fr.dayInTheLife();
        form.scheduleNoteFr = fr.scheduleNote();
        return form;
    }
}
