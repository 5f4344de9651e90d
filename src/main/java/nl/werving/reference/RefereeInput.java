package nl.werving.reference;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.werving.web.ContactEmail;
import nl.werving.web.OneOf;
import nl.werving.web.PhoneNumber;

/** One referee block of the candidate's form, as typed; its rules count only for a block the candidate filled in. */
public record RefereeInput(
        @NotBlank(message = "{reference.referee.name.required}") @Size(max = 200, message = "{reference.referee.name.required}") String fullName,
        @NotBlank(message = "{werving.email}") @ContactEmail @Size(max = ContactEmail.MAX_LENGTH, message = "{werving.email}") String email,
        @PhoneNumber String phone,
        @OneOf(value = Relationship.class, message = "{reference.referee.relationship.required}") String relationship,
        @NotBlank(message = "{reference.referee.company.required}") @Size(max = 200, message = "{reference.referee.company.required}") String company,
        @NotBlank(message = "{reference.referee.period.required}") @Size(max = 100, message = "{reference.referee.period.required}") String period,
        @AssertTrue(message = "{reference.referee.consent.required}") boolean consent) {

    public static RefereeInput empty() {
        return new RefereeInput("", "", "", "", "", "", false);
    }

    /** A block the candidate left alone: nothing typed, nothing ticked. */
    public boolean isBlank() {
        return !consent && fullName.isBlank() && email.isBlank() && phone.isBlank() && relationship.isBlank() && company.isBlank()
                && period.isBlank();
    }
}
