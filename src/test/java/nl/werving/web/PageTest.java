package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageLinkCarriesTheFiltersWithAValueEncodedAndInOrder() {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", " de Vries & zn ");
        filters.put("status", null);
        filters.put("source", " ");
        filters.put("actor", 42L);

        assertEquals("/app/candidates?q=de+Vries+%26+zn&actor=42&page=", Page.link("/app/candidates", filters));
        assertEquals("/app/audit?page=", Page.link("/app/audit", Map.of()));
    }
}
