package nl.werving.roleplay;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A required score on the 1–5 scale of a role-play criterion. */
@NotNull
@Min(1)
@Max(5)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface Rating {

    String message() default "{roleplay.score.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
