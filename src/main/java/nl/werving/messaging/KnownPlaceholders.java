package nl.werving.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A subject or body uses only the placeholders Werving knows ({@link Placeholder}), each closed; the message names the
 * first mistake with its line and column.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownPlaceholders.Validator.class)
public @interface KnownPlaceholders {

    String message() default "{message.placeholder.unknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownPlaceholders, String> {

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            Optional<MessageText.Mistake> mistake = text == null ? Optional.empty() : MessageText.firstMistake(text);
            if (mistake.isEmpty()) {
                return true;
            }
            MessageText.Mistake found = mistake.get();
            String template = switch (found.kind()) {
                case UNKNOWN -> "{message.placeholder.unknown}";
                case UNCLOSED -> "{message.placeholder.unclosed}";
                case UNOPENED -> "{message.placeholder.unopened}";
            };
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("found", found.found())
                    .addMessageParameter("line", found.line())
                    .addMessageParameter("column", found.column())
                    .addMessageParameter("known", Arrays.stream(Placeholder.values()).map(Placeholder::token)
                            .collect(Collectors.joining(", ")))
                    .buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
