package nl.werving.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The wording of a competency and its anchors, Dutch and English, as the hiring manager and recruiter agree on it. */
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

    @RestForm
    @Size(max = 80, message = "{kit.name.size}")
    public String nameEn;

    @RestForm
    @Size(max = 500, message = "{kit.anchor.size}")
    public String descriptionEn;

    @RestForm
    @Size(max = 500, message = "{kit.anchor.size}")
    public String anchor1En;

    @RestForm
    @Size(max = 500, message = "{kit.anchor.size}")
    public String anchor3En;

    @RestForm
    @Size(max = 500, message = "{kit.anchor.size}")
    public String anchor5En;

    public static CompetencyForm of(Competency competency) {
        CompetencyForm form = new CompetencyForm();
        form.nameNl = competency.nameNl;
        form.descriptionNl = competency.descriptionNl;
        form.anchor1Nl = competency.anchor1Nl;
        form.anchor3Nl = competency.anchor3Nl;
        form.anchor5Nl = competency.anchor5Nl;
        form.nameEn = competency.nameEn;
        form.descriptionEn = competency.descriptionEn;
        form.anchor1En = competency.anchor1En;
        form.anchor3En = competency.anchor3En;
        form.anchor5En = competency.anchor5En;
        return form;
    }
}
