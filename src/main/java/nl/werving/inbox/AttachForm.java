package nl.werving.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jboss.resteasy.reactive.RestForm;

/** Which candidate an unattached reply belongs to: the number in the address of their profile. */
public class AttachForm {

    @RestForm
    @NotBlank(message = "{inbox.candidate.required}")
    @Pattern(regexp = "\\s*[0-9]{1,18}\\s*", message = "{inbox.candidate.number}")
    public String candidate;

    long candidateId() {
        return Long.parseLong(candidate.strip());
    }
}
