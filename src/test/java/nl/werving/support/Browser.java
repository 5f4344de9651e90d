package nl.werving.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium for page tests. Uses the system's Chromium (installed by .ci/run) and falls back
 * to Playwright's own browser on machines that can download it. Screenshots go to target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        Map<String, String> env = Files.exists(SYSTEM_CHROMIUM) ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.exists(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        chromium = playwright.chromium().launch(options);
    }

    /** A fresh page (own cookies) with a desktop (1366×900) or phone (390×844) viewport. */
    public Page newPage(boolean phone) {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(phone ? 390 : 1366, phone ? 844 : 900)
                .setLocale("nl-NL")).newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
