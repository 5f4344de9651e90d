package nl.werving.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A phone number as people write it in the Netherlands and Belgium: 8 to 20 digits, spaces and the usual separators,
 * optionally starting with {@code +}. The one rule for every form that takes a number; nothing is valid too, pair it
 * with {@code @NotBlank} where the number is required.
 */
@Pattern(regexp = "^$|\\+?[0-9 ()./-]{8,20}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE })
@Retention(RUNTIME)
@Documented
public @interface PhoneNumber {

    String message() default "{werving.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
