package nl.werving.interview;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A competency has a rating; the message names the competency, since the scorecard lists them all. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RatingGiven.Validator.class)
public @interface RatingGiven {

    String message() default "{interview.competencyRating.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RatingGiven, ScorecardInput.CompetencyRating> {

        @Override
        public boolean isValid(ScorecardInput.CompetencyRating rating, ConstraintValidatorContext context) {
            if (rating.rating() != null) {
                return true;
            }
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("competency", rating.competency());
            return false;
        }
    }
}
