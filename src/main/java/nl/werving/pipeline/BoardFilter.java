package nl.werving.pipeline;

import org.jboss.resteasy.reactive.RestQuery;

/** Filters of a board, kept in the URL. */
public class BoardFilter {

    /** Part of a name or an e-mail address. */
    @RestQuery
    public String q;

    @RestQuery
    public SourceChannel source;

    /** Show one stage with all its cards. */
    @RestQuery
    public Long stage;

    /** The filters a drag on a filtered board sends along, so the counts it answers with are of the same cards. */
    public static BoardFilter of(String q, SourceChannel source) {
        BoardFilter filter = new BoardFilter();
        filter.q = q;
        filter.source = source;
        return filter;
    }

    public boolean isActive() {
        return (q != null && !q.isBlank()) || source != null;
    }

    /** The query string of these filters, for links that keep them. */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (q != null && !q.isBlank()) {
            query.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (source != null) {
            query.append("&source=").append(source);
        }
        return query.toString();
    }
}
