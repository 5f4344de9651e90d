package nl.werving.reference;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The referees of one form are different people: an e-mail address given for an earlier referee is refused beside the
 * later one, since each referee gets their own link and consent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctReferees.Validator.class)
public @interface DistinctReferees {

    String message() default "{reference.referee.email.twice}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DistinctReferees, RefereesForm> {

        @Override
        public boolean isValid(RefereesForm form, ConstraintValidatorContext context) {
            Set<String> emails = new HashSet<>();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (RefereesForm.Block block : form.blocks()) {
                String email = block.input().email();
                if (!block.input().isBlank() && !email.isBlank() && !emails.add(email.toLowerCase(Locale.ROOT))) {
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(block.field("email")).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
