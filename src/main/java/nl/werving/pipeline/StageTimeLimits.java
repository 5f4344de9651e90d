package nl.werving.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Every time limit of the stage editor is empty or a whole number of working days from 1 to {@value #MAX_DAYS}; the
 * message sits beside the row's field ({@code stageLimit-<row>}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StageTimeLimits.Validator.class)
public @interface StageTimeLimits {

    /** About a year of working days. */
    int MAX_DAYS = 250;

    String message() default "{stage.limit.invalid}";

    int max() default MAX_DAYS;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StageTimeLimits, StageForm> {

        @Override
        public boolean isValid(StageForm form, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < form.stageLimit.size(); i++) {
                String value = form.stageLimit.get(i);
                Integer days = StageForm.days(value);
                if (value != null && !value.isBlank() && (days == null || days < 1 || days > MAX_DAYS)) {
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(StageForm.limitField(i)).addConstraintViolation();
                    valid = false;
                }
            }
            return valid;
        }
    }
}
