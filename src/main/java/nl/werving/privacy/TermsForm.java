package nl.werving.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.personaldata.Retention;

/** The retention terms as the admin enters them, with the version they were read at. */
public class TermsForm {

    @RestForm
    @NotNull(message = "{privacy.retention.range}")
    @Min(value = 1, message = "{privacy.retention.range}")
    @Max(value = Retention.MAX_DAYS, message = "{privacy.retention.range}")
    public Integer retentionDays;

    @RestForm
    @NotNull(message = "{privacy.talent-pool.range}")
    @Min(value = 1, message = "{privacy.talent-pool.range}")
    @Max(value = Retention.MAX_MONTHS, message = "{privacy.talent-pool.range}")
    public Integer talentPoolMonths;

    @RestForm
    public Long version;

    static TermsForm of(Retention.Terms terms) {
        TermsForm form = new TermsForm();
        form.retentionDays = terms.retentionDays();
        form.talentPoolMonths = terms.talentPoolMonths();
        form.version = terms.version();
        return form;
    }
}
