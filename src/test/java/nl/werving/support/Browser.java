package nl.werving.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import nl.werving.identity.AppUser;

/**
 * Headless Chromium for page tests, as a JUnit extension. A browser test declares
 * {@code @RegisterExtension static final Browser browser = new Browser();} and gets the run's one Chromium, started by the
 * first browser test and closed when the test JVM ends: starting Playwright's driver and a browser for every class took a
 * second or more each time. Each page has a context of its own (cookies, storage), closed after the class's last test, so
 * classes share nothing else.
 * Pages open paths of the application under test ({@code page.navigate("/app/vacancies")}).
 * Uses the system's Chromium (installed by .ci/run) and falls back to Playwright's own browser on machines that can
 * download it. Screenshots go to target/screenshots.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    private static com.microsoft.playwright.Browser chromium;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        startOnce();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    private static synchronized void startOnce() {
        if (chromium != null && chromium.isConnected()) {
            return;
        }
        Map<String, String> env = Files.exists(SYSTEM_CHROMIUM) ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.exists(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        chromium = playwright.chromium().launch(options);
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
    }

    /** A fresh page (own cookies) with a desktop (1366×900) or phone (390×844) viewport, Dutch, without animations. */
    public Page newPage(boolean phone) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(TestHTTPResourceManager.getUri())
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900)
                .setLocale("nl-NL")
                // Bootstrap then skips its colour transitions, so axe-core never measures a button halfway.
                .setReducedMotion(ReducedMotion.REDUCE));
        contexts.add(context);
        return context.newPage();
    }

    /** A fresh page logged in to the back office through the login form. */
    public Page loggedIn(AppUser user, boolean phone) {
        Page page = newPage(phone);
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(user.username);
        page.getByLabel("Wachtwoord").fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        return page;
    }

    /**
     * axe-core on the page as it is now: no serious or critical WCAG 2.1 AA violations. Run in the page itself (legacy
     * mode: the other mode finishes every run in a new blank page, for cross-origin frames that our pages do not have)
     * and with details of violations only: a quarter of the time per check, with the same rules.
     */
    public static void assertAccessible(Page page, String name) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(options).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setLegacyMode(true).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertEquals(List.of(), serious.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> node.getTarget().toString()).toList()).toList(), "axe-core on " + name);
    }

    /** Nothing sticks out of the window, so the page never scrolls sideways (on a phone: a cut-off step, a badge past its card). */
    public static void assertNoSidewaysScroll(Page page, String name) {
        Object widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> both = (List<?>) widths;
        assertTrue(((Number) both.get(0)).intValue() <= ((Number) both.get(1)).intValue(),
                name + " is " + both.get(0) + " px wide in a window of " + both.get(1) + " px");
    }

    /** Every element the selector finds lies within the window's width: seen without swiping sideways, page or table. */
    public static void assertInsideTheWindow(Page page, String selector) {
        Object outside = page.evaluate("""
                selector => [...document.querySelectorAll(selector)].map(e => [e.textContent.trim(), e.getBoundingClientRect()])
                    .filter(([, box]) => box.left < 0 || box.right > window.innerWidth)
                    .map(([text, box]) => text + ' at ' + box.left + '-' + box.right)""", selector);
        assertEquals(List.of(), outside, selector + " outside a window of " + page.viewportSize().width + " px");
    }

    /** What the window shows now, without scrolling: for pages where the first screen is what counts. */
    public static void screenshotOfWindow(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
