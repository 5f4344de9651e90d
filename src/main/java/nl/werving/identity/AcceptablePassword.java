package nl.werving.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The password of a user form meets {@link PasswordPolicy} (when one is given); the message sits beside the password field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

    String message() default "{user.password.guessable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptablePassword, UserForm> {

        @Inject
        PasswordPolicy policy;

        @Override
        public boolean isValid(UserForm form, ConstraintValidatorContext context) {
            if (form.password == null || form.password.isEmpty()) {
                return true;
            }
            return policy.check(form.password, form.username, form.displayName, form.email).map(problem -> {
                context.disableDefaultConstraintViolation();
                String message = switch (problem) {
                    case TOO_SHORT, TOO_LONG -> "{user.password.length}";
                    case GUESSABLE -> "{user.password.guessable}";
                };
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("password").addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
