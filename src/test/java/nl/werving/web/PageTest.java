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

    @Test
    void aPageNumberOutOfRangeBecomesTheFirstOrTheLastPage() {
        assertEquals(1, Page.clamp(0, 120, 50));
        assertEquals(1, Page.clamp(-3, 120, 50));
        assertEquals(2, Page.clamp(2, 120, 50));
        assertEquals(3, Page.clamp(Integer.MAX_VALUE, 120, 50));
        assertEquals(1, Page.clamp(Integer.MAX_VALUE, 0, 50));
    }
}
