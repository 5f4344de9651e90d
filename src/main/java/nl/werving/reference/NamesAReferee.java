package nl.werving.reference;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A candidate who sends the referee form names at least one referee; not naming any is its own button. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NamesAReferee.Validator.class)
public @interface NamesAReferee {

    String message() default "{reference.referees.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<NamesAReferee, RefereesForm> {

        @Override
        public boolean isValid(RefereesForm form, ConstraintValidatorContext context) {
            if (!form.named().isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(form.blocks().get(0).field("fullName")).addConstraintViolation();
            return false;
        }
    }
}
