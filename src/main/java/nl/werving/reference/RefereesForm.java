package nl.werving.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

import nl.werving.web.FormErrors;
import nl.werving.web.FormFields;

/**
 * The candidate's answer to a reference request: up to three referees, each with its own consent. Fields are named
 * {@code r1-fullName} … {@code r3-consent}, so every message can stand next to its field.
 */
@NamesAReferee
@DistinctReferees
public record RefereesForm(List<RefereeInput> referees) {

    public static final int MAX_REFEREES = 3;

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

    /**
     * Messages per field in the candidate's language, the summary's named by referee; empty when the form can be saved.
     * A block the candidate left alone is not checked.
     */
    public FormErrors validate(Validator validator, ReferenceMessages msg) {
        FormErrors errors = FormErrors.none();
        for (Block block : blocks()) {
            if (!block.input().isBlank()) {
                errors.addAll(validator.validate(block.input()), block::field, msg.refereeNumber(block.number()));
            }
        }
        return errors.addAll(validator.validate(this), UnaryOperator.identity());
    }

    static Relationship relationship(RefereeInput referee) {
        return FormFields.choice(Relationship.class, referee.relationship());
    }
}
