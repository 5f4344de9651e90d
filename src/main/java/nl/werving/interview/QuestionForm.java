package nl.werving.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/** A question added to a vacancy's kit; the English text may follow later (the Dutch one stands in). */
public class QuestionForm {

    @RestForm
    @NotNull(message = "{kit.competency.required}")
    public Long competencyId;

    @RestForm
    @NotNull(message = "{kit.kind.required}")
    public QuestionKind kind;

    @RestForm
    @NotBlank(message = "{kit.textNl.required}")
    @Size(max = 600, message = "{kit.text.size}")
    public String textNl;

    @RestForm
    @Size(max = 600, message = "{kit.text.size}")
    public String textEn;
}
