package nl.werving.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;

/**
 * The candidate's answer to a reference request: up to three referees, each with its own consent. Fields are named
 * {@code r1-fullName} … {@code r3-consent}, so every message can stand next to its field.
 */
public record RefereesForm(List<RefereeInput> referees) {

    public static final int MAX_REFEREES = 3;
    /** As long as the outbox takes an address. */
    static final int EMAIL_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()\\-]{6,20}$");

    /** One referee block as the page shows it: its number and the names of its fields. */
    public record Block(int number, RefereeInput input) {

        public String field(String name) {
            return "r" + number + "-" + name;
        }
    }

    public static RefereesForm empty() {
        return new RefereesForm(List.of(RefereeInput.empty(), RefereeInput.empty(), RefereeInput.empty()));
    }

    public static RefereesForm from(MultivaluedMap<String, String> form) {
        List<RefereeInput> referees = new ArrayList<>();
        for (int i = 1; i <= MAX_REFEREES; i++) {
            String prefix = "r" + i + "-";
            referees.add(new RefereeInput(FormFields.text(form, prefix + "fullName"), FormFields.text(form, prefix + "email"),
                    FormFields.text(form, prefix + "phone"), FormFields.text(form, prefix + "relationship"),
                    FormFields.text(form, prefix + "company"), FormFields.text(form, prefix + "period"),
                    "true".equals(FormFields.text(form, prefix + "consent"))));
        }
        return new RefereesForm(referees);
    }

    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= MAX_REFEREES; i++) {
            blocks.add(new Block(i, referee(i)));
        }
        return blocks;
    }

    public RefereeInput referee(int number) {
        return referees.get(number - 1);
    }

    /** The referees the candidate filled in, in the order of the form. */
    public List<RefereeInput> named() {
        return referees.stream().filter(referee -> !referee.isBlank()).toList();
    }

    /** Messages per field in the candidate's language; empty when the form can be saved. */
    public FormErrors validate(ReferenceMessages messages) {
        FormErrors errors = FormErrors.none();
        Set<String> emails = new HashSet<>();
        for (int i = 1; i <= MAX_REFEREES; i++) {
            RefereeInput referee = referee(i);
            if (referee.isBlank()) {
                continue;
            }
            String prefix = "r" + i + "-";
            if (referee.fullName().isBlank() || referee.fullName().length() > 200) {
                errors.add(prefix + "fullName", messages.nameRequired());
            }
            if (!EMAIL.matcher(referee.email()).matches() || referee.email().length() > EMAIL_MAX) {
                errors.add(prefix + "email", messages.emailInvalid());
            } else if (!emails.add(referee.email().toLowerCase(Locale.ROOT))) {
                errors.add(prefix + "email", messages.emailTwice());
            }
            if (!referee.phone().isBlank() && !PHONE.matcher(referee.phone()).matches()) {
                errors.add(prefix + "phone", messages.phoneInvalid());
            }
            if (relationship(referee) == null) {
                errors.add(prefix + "relationship", messages.relationshipRequired());
            }
            if (referee.company().isBlank() || referee.company().length() > 200) {
                errors.add(prefix + "company", messages.companyRequired());
            }
            if (referee.period().isBlank() || referee.period().length() > 100) {
                errors.add(prefix + "period", messages.periodRequired());
            }
            if (!referee.consent()) {
                errors.add(prefix + "consent", messages.consentRequired());
            }
        }
        if (errors.isEmpty() && named().isEmpty()) {
            errors.add("r1-fullName", messages.atLeastOne());
        }
        return errors;
    }

    static Relationship relationship(RefereeInput referee) {
        return FormFields.choice(Relationship.class, referee.relationship());
    }
}
