package nl.werving.roleplay;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A practical test has the fields its kind needs: a language and level, a typing speed and accuracy, or a trial day's
 * outcome. Each missing field gets its message beside it; fields of other kinds are ignored.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteForKind.Validator.class)
public @interface CompleteForKind {

    String message() default "{werving.choose}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteForKind, PracticalTestForm> {

        @Override
        public boolean isValid(PracticalTestForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (form.kind == TestKind.LANGUAGE) {
                valid &= require(form.language != null, "language", "{test.language.required}", context);
                valid &= require(form.cefrLevel != null, "cefrLevel", "{test.cefrLevel.required}", context);
            } else if (form.kind == TestKind.TYPING) {
                valid &= require(between(form.wordsPerMinute, 1, 250), "wordsPerMinute", "{test.wordsPerMinute.range}", context);
                valid &= require(between(form.accuracyPercent, 0, 100), "accuracyPercent", "{test.accuracyPercent.range}", context);
            } else if (form.kind == TestKind.TRIAL_DAY) {
                valid &= require(form.outcome != null, "outcome", "{test.outcome.required}", context);
            }
            return valid;
        }

        private static boolean between(Integer value, int min, int max) {
            return value != null && value >= min && value <= max;
        }

        private static boolean require(boolean present, String field, String message, ConstraintValidatorContext context) {
            if (!present) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return present;
        }
    }
}
