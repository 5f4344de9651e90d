package nl.werving.personaldata;

import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The lists of rows stored before encryption came (made by a migration, see db.migration.SealedColumns), which the
 * catch-up ({@link SealingBacklog}) encrypts batch after batch. Each list is a table of one id column.
 */
public final class PlainRows {

    private PlainRows() {
    }

    /**
     * Takes up to {@code limit} rows off the list, first ids first, after handing each id to {@code seal} (which seals
     * the row's values, e.g. with {@link CandidateKeys#sealIfPlain}); returns how many. Runs in the caller's transaction.
     */
    public static int sealListed(String table, String column, int limit, LongConsumer seal) {
        List<Long> listed = ids(table, column, limit);
        listed.forEach(seal::accept);
        if (!listed.isEmpty()) {
            remove(table, column, listed);
        }
        return listed.size();
    }

    /** Up to {@code limit} ids of the list, first ids first. */
    @SuppressWarnings("unchecked")
    private static List<Long> ids(String table, String column, int limit) {
        List<Number> ids = Panache.getEntityManager().createNativeQuery("select " + column + " from " + table + " order by " + column)
                .setMaxResults(limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Takes these ids off the list: they are sealed now. */
    private static void remove(String table, String column, Collection<Long> ids) {
        Panache.getEntityManager().createNativeQuery("delete from " + table + " where " + column + " in (:ids)")
                .setParameter("ids", ids).executeUpdate();
    }
}
