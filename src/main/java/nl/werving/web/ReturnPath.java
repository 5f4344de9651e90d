package nl.werving.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a link or form may send the user after an action (its {@code return}, {@code returnTo} or {@code back}): a path
 * on this site, so no one can use our redirects to send people to another site.
 */
public final class ReturnPath {

    private ReturnPath() {
    }

    /** {@code returnTo} if it is a path on this site, otherwise the home page. */
    public static String orHome(String returnTo) {
        return orElse(returnTo, "/");
    }

    /**
     * {@code returnTo} if it is a path on this site, otherwise {@code fallback}. A browser takes {@code //host} and
     * {@code /\host} for another site, and drops a tab or line break before reading what is left; a value that is no
     * valid address (a space, a lone %) would fail the redirect itself.
     */
    public static String orElse(String returnTo, String fallback) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return fallback;
        }
        try {
            new URI(returnTo);
            return returnTo;
        } catch (URISyntaxException notAnAddress) {
            return fallback;
        }
    }

    /** {@code returnTo} if it is a page of the back office, otherwise {@code fallback}. */
    public static String inBackOffice(String returnTo, String fallback) {
        return returnTo != null && returnTo.startsWith("/app/") ? orElse(returnTo, fallback) : fallback;
    }
}
