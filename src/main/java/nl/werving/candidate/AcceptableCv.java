package nl.werving.candidate;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An uploaded CV that {@link CvFile} accepts: there, at most 5 MB, and by its content a PDF or DOCX. The browser's word
 * for the type is not enough. A missing CV is refused too, since every application needs one.
 */
@Constraint(validatedBy = AcceptableCv.Validator.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
@Documented
public @interface AcceptableCv {

    String message() default "{cv.wrongType}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AcceptableCv, FileUpload> {

        @Override
        public boolean isValid(FileUpload upload, ConstraintValidatorContext context) {
            String problem = upload == null || upload.size() == 0 ? "{cv.missing}"
                    : upload.size() > CvFile.MAX_BYTES ? "{cv.tooLarge}"
                    : CvFile.read(upload).isEmpty() ? "{cv.wrongType}"
                    : null;
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
