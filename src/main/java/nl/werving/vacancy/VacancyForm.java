package nl.werving.vacancy;

import java.time.LocalDate;

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

    public VacancyData toData() {
        return new VacancyData(title, team, city, country, workModel, contractType, openings, slug, hoursMin, hoursMax,
                shiftWork, eveningWork, weekendWork, scheduleNote, languageNl, languageFr, languageEn, intro, tasks,
                mustHaves, niceToHaves, systemsUsed, teamAndCulture, dayInTheLife, salaryMin, salaryMax, closingDate,
                hiringManagerId, recruiterId, version, cvOptional);
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
        return form;
    }
}
