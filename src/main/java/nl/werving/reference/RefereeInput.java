package nl.werving.reference;

/** One referee block of the candidate's form, as typed. */
public record RefereeInput(String fullName, String email, String phone, String relationship, String company, String period,
        boolean consent) {

    public static RefereeInput empty() {
        return new RefereeInput("", "", "", "", "", "", false);
    }

    /** A block the candidate left alone: nothing typed, nothing ticked. */
    public boolean isBlank() {
        return !consent && fullName.isBlank() && email.isBlank() && phone.isBlank() && relationship.isBlank() && company.isBlank()
                && period.isBlank();
    }
}
