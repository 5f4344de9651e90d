package nl.werving.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import nl.werving.web.LocalizedText;

/** A rejection reason as an admin edits it: the label in each language the mails and pages speak. */
public class RejectionReasonForm {

    @RestForm
    @NotBlank(message = "{reason.labelNl.required}")
    @Size(max = 120, message = "{werving.size.max}")
    public String labelNl;

    @RestForm
    @NotBlank(message = "{reason.labelEn.required}")
    @Size(max = 120, message = "{werving.size.max}")
    public String labelEn;

    @RestForm
    @NotBlank(message = "{reason.labelFr.required}")
    @Size(max = 120, message = "{werving.size.max}")
    public String labelFr;

    @RestForm
    @NotNull(message = "{reason.sortOrder.required}")
    @Min(value = 0, message = "{werving.min}")
    @Max(value = 999, message = "{werving.max}")
    public Integer sortOrder;

    /** An unticked checkbox sends nothing, so this must default to false. */
    @RestForm
    public boolean active;

    @RestForm
    public Long version;

    /** The label as entered, without surrounding blanks; call after validation. */
    public LocalizedText label() {
        return new LocalizedText(labelNl.strip(), labelEn.strip(), labelFr.strip());
    }

    public static RejectionReasonForm of(RejectionReason reason) {
        RejectionReasonForm form = new RejectionReasonForm();
        form.labelNl = reason.label.nl();
        form.labelEn = reason.label.en();
        form.labelFr = reason.label.fr();
        form.sortOrder = reason.sortOrder;
        form.active = reason.active;
        form.version = reason.version;
        return form;
    }

    /** A new reason goes to the end of the list unless the admin says otherwise. */
    public static RejectionReasonForm next(int sortOrder) {
        RejectionReasonForm form = new RejectionReasonForm();
        form.sortOrder = sortOrder;
        form.active = true;
        return form;
    }
}
