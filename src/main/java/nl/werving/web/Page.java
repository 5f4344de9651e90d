package nl.werving.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/** One page of a list that can grow. Numbers start at 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public int pageCount() {
        return pageCount(total, size);
    }

    /**
     * The page to show when page {@code requested} of {@code total} rows is asked for: the first below 1, the last (empty
     * if there are no rows) beyond the end. An old link or an edited address then still shows a list, and the offset
     * never overflows an int into a negative first result.
     */
    public static int clamp(int requested, long total, int size) {
        return Math.min(Math.max(requested, 1), pageCount(total, size));
    }

    /** Page {@code requested} of a query's rows, clamped as {@link #clamp} says, with the total its count query gives. */
    public static <T> Page<T> of(TypedQuery<T> rows, TypedQuery<Long> count, int requested, int size) {
        long total = count.getSingleResult();
        int number = clamp(requested, total, size);
        return new Page<>(rows.setFirstResult((number - 1) * size).setMaxResults(size).getResultList(), number, size, total);
    }

    private static int pageCount(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pageCount();
    }

    public int previousNumber() {
        return number - 1;
    }

    public int nextNumber() {
        return number + 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The address of a list's pages without the number: {@code path?name=value&…&page=}, with the filters that have a
     * value (in the map's order), so the pagination tag only appends the page number.
     */
    public static String link(String path, Map<String, ?> filters) {
        StringBuilder link = new StringBuilder(path).append('?');
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                link.append(name).append('=').append(URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8)).append('&');
            }
        });
        return link.append("page=").toString();
    }
}
