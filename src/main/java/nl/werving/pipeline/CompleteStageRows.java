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
 * Every named row of the stage editor has a name of at most {@value #NAME_MAX} characters (its English and French names
 * too) and a phase; blank rows are the editor's offer of new stages and are left out when saving.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteStageRows.Validator.class)
public @interface CompleteStageRows {

    int NAME_MAX = 60;

    String message() default "{stage.rows.incomplete}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteStageRows, StageForm> {

        @Override
        public boolean isValid(StageForm form, ConstraintValidatorContext context) {
            return form.rows().stream().allMatch(row -> row.name() == null || row.name().isBlank()
                    || (fits(row.name()) && fits(row.nameEn()) && fits(row.nameFr()) && row.phase() != null));
        }

        private static boolean fits(String name) {
            return name == null || name.strip().length() <= NAME_MAX;
        }
    }
}
