package nl.werving.interview;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A correction of a submitted scorecard: a competency's rating or the recommendation, and why. Its fields are named
 * {@code amend-…} on the page, beside the scorecard's own.
 */
@AmendmentForm.Complete
public class AmendmentForm {

    static final int REASON_MAX = 2000;
    static final String RECOMMENDATION = "recommendation";

    /** A competency's id, or {@code recommendation}. */
    @RestForm("amend-target")
    public String target;

    @RestForm("amend-rating")
    public Integer rating;

    @RestForm("amend-recommendation")
    public Recommendation recommendation;

    @RestForm("amend-reason")
    @NotBlank(message = "{interview.amendment.reason.required}")
    @Size(max = REASON_MAX, message = "{werving.size.max}")
    public String reason;

    boolean ofRecommendation() {
        return RECOMMENDATION.equals(target);
    }

    /** The competency whose rating is corrected; {@code null} for the recommendation or a target that is neither. */
    Long competencyId() {
        try {
            return ofRecommendation() || target == null ? null : Long.valueOf(target);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The field name on the page of a property of this form. */
    static String field(String property) {
        return "amend-" + property;
    }

    /** A target is chosen, with the new value it needs: a recommendation, or a rating from 1 to 5. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Complete.Validator.class)
    @interface Complete {

        String message() default "{interview.amendment.target.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Complete, AmendmentForm> {

            @Override
            public boolean isValid(AmendmentForm form, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (!form.ofRecommendation() && form.competencyId() == null) {
                    valid = violation(context, "{interview.amendment.target.required}", "target");
                }
                if (form.ofRecommendation() && form.recommendation == null) {
                    valid = violation(context, "{interview.recommendation.required}", "recommendation");
                } else if (!form.ofRecommendation() && (form.rating == null || form.rating < 1 || form.rating > 5)) {
                    valid = violation(context, "{interview.rating.scale}", "rating");
                }
                return valid;
            }

            private static boolean violation(ConstraintValidatorContext context, String message, String property) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
                return false;
            }
        }
    }
}
