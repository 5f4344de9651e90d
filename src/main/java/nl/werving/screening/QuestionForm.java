package nl.werving.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** The recruiter's own question as posted: the Dutch text required, English and French optional. */
public class QuestionForm {

    @RestForm
    @NotNull(message = "{werving.choose}")
    public ScreeningKind kind = ScreeningKind.YES_NO;

    @RestForm
    @NotBlank(message = "{screening.text.required}")
    @Size(max = 300, message = "{werving.size.max}")
    public String textNl;

    @RestForm
    @Size(max = 300, message = "{werving.size.max}")
    public String textEn;

    @RestForm
    @Size(max = 300, message = "{werving.size.max}")
    public String textFr;

    @RestForm
    @Size(max = 2000, message = "{werving.size.max}")
    public String optionsNl;

    @RestForm
    @Size(max = 2000, message = "{werving.size.max}")
    public String optionsEn;

    @RestForm
    @Size(max = 2000, message = "{werving.size.max}")
    public String optionsFr;
}
