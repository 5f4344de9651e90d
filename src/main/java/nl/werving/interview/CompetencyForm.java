package nl.werving.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The Dutch wording of a competency and its anchors, as the hiring manager and recruiter agree on it. */
public class CompetencyForm {

    @RestForm
    @NotBlank(message = "{kit.name.required}")
    @Size(max = 80, message = "{kit.name.size}")
    public String nameNl;

    @RestForm
    @NotBlank(message = "{kit.description.required}")
    @Size(max = 500, message = "{kit.anchor.size}")
    public String descriptionNl;

    @RestForm
    @NotBlank(message = "{kit.anchor.required}")
    @Size(max = 500, message = "{kit.anchor.size}")
    public String anchor1Nl;

    @RestForm
    @NotBlank(message = "{kit.anchor.required}")
    @Size(max = 500, message = "{kit.anchor.size}")
    public String anchor3Nl;

    @RestForm
    @NotBlank(message = "{kit.anchor.required}")
    @Size(max = 500, message = "{kit.anchor.size}")
    public String anchor5Nl;

    public static CompetencyForm of(Competency competency) {
        CompetencyForm form = new CompetencyForm();
        form.nameNl = competency.nameNl;
        form.descriptionNl = competency.descriptionNl;
        form.anchor1Nl = competency.anchor1Nl;
        form.anchor3Nl = competency.anchor3Nl;
        form.anchor5Nl = competency.anchor5Nl;
        return form;
    }
}
