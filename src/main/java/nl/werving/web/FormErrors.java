package nl.werving.web;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.validation.ConstraintViolation;

/**
 * Messages per form field, shown next to the field and in the summary at the top of the form.
 * Keys are the field names of the form class, or the names a repeating form gives its fields ({@code r2-email}).
 * Bean Validation violations become field errors here and nowhere else: {@link #of} for a form class whose fields
 * are the form's fields, {@link #addAll} for one row of a repeating form.
 */
public final class FormErrors {

    /**
     * A field's message; {@code label} names the field in the summary where the message alone does not ("Answer this
     * question." beside each of several questions), else {@code null}.
     */
    public record FieldError(String field, String message, String label) {
    }

    private final Map<String, FieldError> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The violations in the order of the form's fields, so the summary reads like the form. */
    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        return new FormErrors().addAll(violations, UnaryOperator.identity());
    }

    /**
     * Adds the violations of one part of a form, in the order of its fields; {@code fieldName} turns a property of
     * the validated object into the name of the form field ({@code email} of the second referee into {@code r2-email}).
     */
    public FormErrors addAll(Set<? extends ConstraintViolation<?>> violations, UnaryOperator<String> fieldName) {
        return addAll(violations, fieldName, null);
    }

    /**
     * As {@link #addAll(Set, UnaryOperator)}, for a part that repeats (the second referee): {@code label} names the part in
     * the summary, whose messages would otherwise read the same for each.
     */
    public FormErrors addAll(Set<? extends ConstraintViolation<?>> violations, UnaryOperator<String> fieldName, String label) {
        violations.stream()
                .sorted(Comparator.comparingInt(FormErrors::positionInForm))
                .forEach(v -> add(new FieldError(fieldName.apply(v.getPropertyPath().toString()), v.getMessage(), label)));
        return this;
    }

    private static int positionInForm(ConstraintViolation<?> violation) {
        List<String> fields = Arrays.stream(violation.getRootBeanClass().getDeclaredFields()).map(Field::getName).toList();
        int position = fields.indexOf(violation.getPropertyPath().toString());
        return position < 0 ? Integer.MAX_VALUE : position;
    }

    /** Keeps the first message per field: one clear message beats a list. */
    public FormErrors add(String field, String message) {
        return add(new FieldError(field, message, null));
    }

    /** As {@link #add(String, String)}, with the label the summary puts before a message that does not name its field. */
    public FormErrors add(FieldError error) {
        byField.putIfAbsent(error.field(), error);
        return this;
    }

    /** The first message, or {@code null}: for a form that shows one message above it instead of beside fields. */
    public String first() {
        return byField.values().stream().findFirst().map(FieldError::message).orElse(null);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        FieldError error = byField.get(field);
        return error == null ? null : error.message();
    }

    public Collection<FieldError> getAll() {
        return List.copyOf(byField.values());
    }
}
