package nl.werving.profile;

/** A saved search as lists show it, with its owner's name. */
public record SavedSearchRow(long id, String name, String query, boolean shared, long ownerId, String ownerName, long version) {

    /** The search page with this search filled in. */
    public String link() {
        return "/app/candidates" + (query.isEmpty() ? "" : "?" + query);
    }
}
