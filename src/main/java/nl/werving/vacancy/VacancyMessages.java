package nl.werving.vacancy;

import java.util.List;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import nl.werving.vacancy.VacancyNotPublishable.Problem;

/** Texts of the vacancy pages. Dutch in messages/vacancy_nl.properties, translations beside it. */
@MessageBundle("vacancy")
public interface VacancyMessages {

    @Message
    String listTitle();

    @Message
    String listIntro();

    @Message
    String newVacancy();

    @Message
    String editVacancy();

    @Message
    String all();

    @Message
    String searchLabel();

    @Message
    String searchPlaceholder();

    @Message
    String emptyTitle();

    @Message
    String emptyText();

    @Message
    String emptyTextManager();

    @Message
    String noMatchTitle();

    @Message
    String noMatchText();

    @Message
    String columnTitle();

    @Message
    String columnStatus();

    @Message
    String columnLocation();

    @Message
    String columnHiringManager();

    @Message
    String columnClosingDate();

    @Message
    String columnUpdated();

    @Message
    String notAssigned();

    @Message
    String status(VacancyStatus status);

    @Message
    String workModel(WorkModel workModel);

    @Message
    String contractType(ContractType contractType);

    @Message
    String country(Country country);

    @Message
    String language(Language language);

    @Message
    String level(LanguageLevel level);

    @Message
    String hours(Integer min, Integer max);

    @Message
    String salaryRange(String min, String max);

    @Message
    String salaryMissing();

    @Message
    String openings(int count);

    @Message
    String sectionBasics();

    @Message
    String sectionSchedule();

    @Message
    String sectionLanguages();

    @Message
    String sectionContent();

    @Message
    String sectionSalary();

    @Message
    String sectionPeople();

    @Message
    String fieldTitle();

    @Message
    String fieldTeam();

    @Message
    String fieldCity();

    @Message
    String fieldCountry();

    @Message
    String fieldWorkModel();

    @Message
    String fieldContractType();

    @Message
    String fieldOpenings();

    @Message
    String fieldSlug();

    @Message
    String helpSlug();

    @Message
    String helpSlugLocked();

    @Message
    String fieldHoursMin();

    @Message
    String fieldHoursMax();

    @Message
    String fieldShiftWork();

    @Message
    String fieldEveningWork();

    @Message
    String fieldWeekendWork();

    @Message
    String fieldScheduleNote();

    @Message
    String helpScheduleNote();

    @Message
    String fieldLanguage(Language language);

    @Message
    String levelNotRequired();

    @Message
    String fieldIntro();

    @Message
    String helpIntro();

    @Message
    String fieldTasks();

    @Message
    String fieldMustHaves();

    @Message
    String fieldNiceToHaves();

    @Message
    String fieldSystemsUsed();

    @Message
    String fieldTeamAndCulture();

    @Message
    String fieldDayInTheLife();

    @Message
    String helpLines();

    @Message
    String fieldSalaryMin();

    @Message
    String fieldSalaryMax();

    @Message
    String helpSalary();

    @Message
    String fieldClosingDate();

    @Message
    String fieldHiringManager();

    @Message
    String fieldRecruiter();

    @Message
    String nobody();

    @Message
    String saveDraft();

    @Message
    String saveChanges();

    @Message
    String editConflict();

    @Message
    String closedReadOnly();

    @Message
    String assigneeInvalid();

    @Message
    String created(String title);

    @Message
    String saved(String title);

    @Message
    String published(String title);

    @Message
    String putOnHold(String title);

    @Message
    String closed(String title);

    @Message
    String notPublishable(List<String> problems);

    @Message
    String problem(Problem problem);

    @Message
    String illegalTransition();

    @Message
    String actionEdit();

    @Message
    String actionPublish();

    @Message
    String actionResume();

    @Message
    String actionHold();

    @Message
    String actionClose();

    @Message
    String closeConfirm();

    @Message
    String actionsTitle();

    @Message
    String publicLink();

    @Message
    String detailsTitle();

    @Message
    String createdAt();

    @Message
    String publishedAt();

    @Message
    String closedAt();

    @Message
    String updatedAt();

    @Message
    String schedule();

    @Message
    String shiftWork();

    @Message
    String eveningWork();

    @Message
    String weekendWork();

    @Message
    String noIrregularHours();

    @Message
    String languages();

    @Message
    String noLanguages();

    @Message
    String headingIntro();

    @Message
    String headingTasks();

    @Message
    String headingMustHaves();

    @Message
    String headingNiceToHaves();

    @Message
    String headingSystems();

    @Message
    String headingTeam();

    @Message
    String headingDay();

    @Message
    String closesOn(String date);

    @Message
    String previewNote();

    @Message
    String statusHelp(VacancyStatus status);

    @Message
    String fieldCvOptional();

    @Message
    String helpCvOptional();

    @Message
    String actionScreening();

    @Message
    String translationSection(Language language);

    @Message
    String translationHelp();
}
