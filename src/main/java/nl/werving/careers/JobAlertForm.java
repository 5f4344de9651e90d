package nl.werving.careers;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.careers.JobFilter.Hours;
import nl.werving.vacancy.ContractType;
import nl.werving.vacancy.Language;
import nl.werving.web.ContactEmail;
import nl.werving.web.FormFields;

/**
 * The job-alert form: an address, the language of the mails, and the criteria (the job list's filter it came from).
 * Criteria the list cannot produce (an unknown contract type) are dropped rather than refused: they were not typed.
 */
public class JobAlertForm {

    @RestForm
    @NotBlank(message = "{jobAlert.email.invalid}")
    @ContactEmail(message = "{jobAlert.email.invalid}")
    @Size(max = ContactEmail.MAX_LENGTH, message = "{werving.size.max}")
    public String email;

    @RestForm
    @NotBlank(message = "{jobAlert.language.invalid}")
    @Pattern(regexp = "nl|en|fr", message = "{jobAlert.language.invalid}")
    public String language;

    @RestForm
    @Size(max = JobFilter.MAX_KEYWORDS, message = "{werving.size.max}")
    public String q;

    @RestForm
    @Size(max = 80, message = "{werving.size.max}")
    public String city;

    @RestForm
    public String contract;

    @RestForm
    public String hours;

    @RestForm
    public String workLanguage;

    @RestForm
    public boolean noWeekend;

    /** Left empty by people; filled by scripts that fill every field. */
    @RestForm
    public String website;

    public static JobAlertForm of(JobFilter filter, String language) {
        JobAlertForm form = new JobAlertForm();
        form.language = language;
        form.q = filter.q;
        form.city = filter.city;
        form.contract = filter.contract == null ? null : filter.contract.name();
        form.hours = filter.hours == null ? null : filter.hours.name();
        form.workLanguage = filter.language == null ? null : filter.language.name();
        form.noWeekend = filter.noWeekend;
        return form;
    }

    public void strip() {
        email = email == null ? null : email.strip();
        language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        q = q == null || q.isBlank() ? null : q.strip();
        city = city == null || city.isBlank() ? null : city.strip();
    }

    public boolean isHours(Hours option) {
        return option.name().equals(hours);
    }

    public boolean isContract(ContractType option) {
        return option.name().equals(contract);
    }

    public boolean isWorkLanguage(Language option) {
        return option.name().equals(workLanguage);
    }

    public boolean isBot() {
        return website != null && !website.isBlank();
    }

    public JobFilter filter() {
        JobFilter filter = new JobFilter();
        filter.q = q;
        filter.city = city;
        filter.contract = FormFields.choice(ContractType.class, FormFields.blankToNull(contract));
        filter.hours = FormFields.choice(Hours.class, FormFields.blankToNull(hours));
        filter.language = FormFields.choice(Language.class, FormFields.blankToNull(workLanguage));
        filter.noWeekend = noWeekend;
        return filter;
    }
}
