package nl.werving.messaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A message without a template needs a subject and a text of its own; each missing one gets its message beside it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteMessage.Validator.class)
public @interface CompleteMessage {

    String message() default "{message.body.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CompleteMessage, ComposeForm> {

        @Override
        public boolean isValid(ComposeForm form, ConstraintValidatorContext context) {
            if (form.templateId != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean subject = require(form.subject, "subject", "{message.subject.required}", context);
            boolean body = require(form.body, "body", "{message.body.required}", context);
            return subject && body;
        }

        private static boolean require(String text, String field, String message, ConstraintValidatorContext context) {
            boolean present = text != null && !text.isBlank();
            if (!present) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }
            return present;
        }
    }
}
