package nl.werving.web;

import java.util.List;

/** One page of a list that can grow. Numbers start at 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public int pageCount() {
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
}
