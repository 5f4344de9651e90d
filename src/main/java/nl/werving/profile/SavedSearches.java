package nl.werving.profile;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import nl.werving.identity.CurrentUser;
import nl.werving.identity.Roles;

/**
 * Searches saved under a name: private to their owner or shared with everyone who may search. Only the owner renames
 * or deletes one; a shared search reruns with the viewer's own access, so it shows a hiring manager their own
 * vacancies' candidates only.
 */
@ApplicationScoped
@Named("savedSearches")
@RolesAllowed({ Roles.ADMIN, Roles.RECRUITER, Roles.HIRING_MANAGER })
public class SavedSearches {

    private final CurrentUser currentUser;
    private final Clock clock;

    public SavedSearches(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The user's own searches and the team's shared ones. */
    @Transactional
    public List<SavedSearchRow> visible() {
        return SavedSearch.listVisibleTo(currentUser.getId());
    }

    @Transactional
    public SavedSearch save(String name, String query, boolean shared) {
        SavedSearch search = new SavedSearch();
        search.ownerId = currentUser.getId();
        search.name = name.strip();
        search.query = query == null ? "" : query.strip();
        search.shared = shared;
        search.createdAt = clock.instant();
        search.persist();
        return search;
    }

    @Transactional
    public void rename(long id, String name, boolean shared, long version) {
        SavedSearch search = own(id);
        if (search.version != version) {
            throw new OptimisticLockException();
        }
        search.name = name.strip();
        search.shared = shared;
    }

    @Transactional
    public void delete(long id) {
        own(id).delete();
    }

    public boolean isOwn(SavedSearch search) {
        return search.ownerId.equals(currentUser.getId());
    }

    public boolean isOwn(SavedSearchRow search) {
        return currentUser.getId() != null && search.ownerId() == currentUser.getId();
    }

    /** Another's private search is not found; another's shared one is seen but not the viewer's to change. */
    private SavedSearch own(long id) {
        SavedSearch search = SavedSearch.<SavedSearch> findByIdOptional(id)
                .filter(found -> found.shared || isOwn(found)).orElseThrow(NotFoundException::new);
        if (!isOwn(search)) {
            throw new ForbiddenException();
        }
        return search;
    }
}
