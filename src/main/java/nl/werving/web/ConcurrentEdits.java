package nl.werving.web;

import jakarta.persistence.OptimisticLockException;

/**
 * Forms carry the version they were opened with; saving over a newer version would silently undo a
 * colleague's change, so it is refused and shown as a conflict (409).
 */
public final class ConcurrentEdits {

    private ConcurrentEdits() {
    }

    public static void requireVersion(long current, Long expected) {
        if (expected == null || current != expected) {
            throw new OptimisticLockException("Stale version " + expected + ", current " + current);
        }
    }
}
