package nl.werving.web;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Answers that carry a candidate's personal data are kept in no shared cache and not in the browser's history cache. */
public final class PersonalData {

    private PersonalData() {
    }

    public static Response uncached(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return response.cacheControl(noStore).build();
    }
}
