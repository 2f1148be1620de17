package cn.org.smeie.competition.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A JPQL query assembled from optional filters, each with its named parameter: for the list pages
 * whose filters a person may leave empty. Only fixed clauses are appended; values are always bound
 * as parameters, never written into the text.
 */
public final class Jpql {

    private final StringBuilder text;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** @param base a query that ends in a where clause, such as {@code "from Account a where 1 = 1"} */
    public Jpql(String base) {
        this.text = new StringBuilder(base);
    }

    /** Adds {@code and clause} with the parameter {@code name} bound to {@code value}. */
    public Jpql and(String clause, String name, Object value) {
        text.append(" and ").append(clause);
        parameters.put(name, value);
        return this;
    }

    /** Adds the clause only when the value is present (not null, not blank). */
    public Jpql andIfPresent(String clause, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        return and(clause, name, value);
    }

    public <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, String orderBy) {
        TypedQuery<T> query = em.createQuery(select + " " + text + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A {@code like} pattern that matches the text anywhere, in lower case; null for no text. */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
