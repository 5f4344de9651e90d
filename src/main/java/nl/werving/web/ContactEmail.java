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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

/**
 * An e-mail address we can write to: the one rule for every form and API body that takes one (candidates, referees,
 * users). Nothing is valid too; pair it with {@code @NotBlank} where the address is required and with
 * {@code @Size(max = MAX_LENGTH)}. {@code @Email} alone lets {@code name@host} through, which no mail reaches.
 */
@Email
@Pattern(regexp = "^$|.+@[^@]+\\.[^@.]+")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE })
@Retention(RUNTIME)
@Documented
public @interface ContactEmail {

    /**
     * The longest address mail can carry (RFC 5321: a path of 256 characters, angle brackets included). A column that
     * holds an address in plain text must take this many characters.
     */
    int MAX_LENGTH = 254;

    String message() default "{werving.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
