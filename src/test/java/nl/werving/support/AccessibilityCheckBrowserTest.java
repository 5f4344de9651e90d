package nl.werving.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

import com.microsoft.playwright.Page;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The accessibility check every browser test relies on reports what it must: a page with a serious or critical WCAG
 * violation fails it, naming the rule, and a page without one passes.
 */
@QuarkusTest
class AccessibilityCheckBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String HEAD = "<!doctype html><html lang=\"nl\"><head><title>Toets</title></head><body><main><h1>Toets</h1>";

    @Test
    void aPageWithViolationsFailsNamingEachRule() {
        Page page = browser.newPage(false);
        page.setContent(HEAD + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                + "<p style=\"color:#c8c8c8;background:#ffffff\">Nauwelijks leesbaar</p>"
                + "<form><input type=\"text\" name=\"naam\"></form></main></body></html>");

        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Browser.assertAccessible(page, "violations"));

        for (String rule : new String[] { "image-alt", "color-contrast", "label" }) {
            assertTrue(failed.getMessage().contains(rule + ":"), rule + " in " + failed.getMessage());
        }
    }

    @Test
    void aPageWithoutViolationsPasses() {
        Page page = browser.newPage(false);
        page.setContent(HEAD + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"Logo\">"
                + "<p style=\"color:#212529;background:#ffffff\">Goed leesbaar</p>"
                + "<form><label for=\"naam\">Naam</label><input type=\"text\" id=\"naam\" name=\"naam\"></form></main></body></html>");

        Browser.assertAccessible(page, "no violations");
    }
}
