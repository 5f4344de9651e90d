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
        form.nameNl = competency.name.nl();
        form.descriptionNl = competency.description.nl();
        form.anchor1Nl = competency.anchor1.nl();
        form.anchor3Nl = competency.anchor3.nl();
        form.anchor5Nl = competency.anchor5.nl();
        form.nameEn = competency.name.en();
        form.descriptionEn = competency.description.en();
        form.anchor1En = competency.anchor1.en();
        form.anchor3En = competency.anchor3.en();
        form.anchor5En = competency.anchor5.en();
        return form;
    }
}
