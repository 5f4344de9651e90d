package nl.werving.profile;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A candidate search a user saved under a name: its query string, rerun with the viewer's own access. Name and query
 * may hold a candidate's name, so they are the owner's data and go with the owner's account.
 */
@Entity
public class SavedSearch extends PanacheEntity {

    public static final int NAME_MAX = 80;
    public static final int QUERY_MAX = 1000;

    public Long ownerId;

    public String name;

    /** The search's query string, without {@code ?} and without a page number. */
    public String query;

    /** Listed for everyone who may search, not only for the owner. */
    public boolean shared;

    public Instant createdAt;

    @Version
    public long version;

    /** The user's own searches and those the others share, by name, in one query. */
    public static List<SavedSearchRow> listVisibleTo(long userId) {
        return getEntityManager().createQuery("""
                select new nl.werving.profile.SavedSearchRow(s.id, s.name, s.query, s.shared, s.ownerId, u.displayName, s.version)
                from SavedSearch s join AppUser u on u.id = s.ownerId
                where s.ownerId = :user or s.shared = true order by lower(s.name), s.id""", SavedSearchRow.class)
                .setParameter("user", userId).getResultList();
    }
}
