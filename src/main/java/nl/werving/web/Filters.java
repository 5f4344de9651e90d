package nl.werving.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

import io.quarkus.panache.common.Parameters;

/**
 * The where clause of a list whose filters are each optional (a board, the audit log, the vacancy list): a
 * condition joins only when its value was given, with its named parameter beside it, so a finder states its
 * filters one per line instead of building strings.
 *
 * <pre>{@code
 * Filters filters = new Filters().require("a.vacancy.id = :vacancy", "vacancy", vacancyId)
 *         .optional("a.source = :source", "source", source)
 *         .contains("lower(v.title) like :q", "q", text);
 * filters.bind(em.createQuery("select ... from Application a join a.candidate c" + filters.where(), BoardCard.class));
 * }</pre>
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();

    private final Parameters parameters = new Parameters();

    /** A condition without a value that always applies. */
    public Filters always(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition that always applies. */
    public Filters require(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.and(name, value);
        return this;
    }

    /** A condition with several named parameters that always applies. */
    public Filters all(String condition, Map<String, ?> values) {
        conditions.add(condition);
        values.forEach(parameters::and);
        return this;
    }

    /** A condition that applies when the value is given: not null, and for text not blank. */
    public Filters optional(String condition, String name, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return require(condition, name, value);
    }

    /**
     * Part of a text, ignoring case and surrounding spaces: the parameter is {@code %text%} in lower case, so the
     * condition compares it with {@code like} against lower-cased (or already lower-case) columns.
     */
    public Filters contains(String condition, String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        return require(condition, name, "%" + text.strip().toLowerCase() + "%");
    }

    /** {@code " where a and b"} with a leading space, or nothing without conditions. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Sets the parameters of the given conditions on a query (JPQL or native SQL) written with {@link #where()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.map().forEach(query::setParameter);
        return query;
    }
}
