package nl.kabiz.smr.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser: binary and driver are
 * set explicitly, Selenium Manager stays off), with numbered screenshots per test class and the Dutch-screen check.
 */
public final class Browser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    public static final Path CHROMIUM = Path.of(System.getProperty("smr.browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("smr.browser.chromedriver", "/usr/bin/chromedriver"));

    /** Explicit waits: the longest a page, a task list or a form may take. */
    public static final Duration WAIT = Duration.ofSeconds(Long.getLong("smr.browser.wait-seconds", 20));

    /** {@code fail} (default): English chrome fails the test; {@code warn}: logged only (while the locale lands). */
    static final boolean ENGLISH_FAILS = !"warn".equalsIgnoreCase(System.getProperty("smr.browser.english-check", "fail"));

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final Path screenshotDir;
    private final String baseUrl;
    private int shot;
    private final List<String> dutchProblems = new ArrayList<>();

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static String skipMessage() {
        return "Browser suite skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " not found (apt-get install chromium chromium-driver)";
    }

    public Browser(String baseUrl, String testClass) {
        this.baseUrl = baseUrl;
        this.screenshotDir = Path.of("target", "screenshots", testClass);
        try {
            Files.createDirectories(screenshotDir);
            try (var old = Files.list(screenshotDir)) {
                for (Path file : old.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            userDataDir = Files.createTempDirectory("smr-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // no Selenium Manager: the driver path is given, and Selenium may not download anything
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=nl-NL", "--user-data-dir=" + userDataDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Europe/Amsterdam")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        LOG.info("Browser: {} with {} for {}", CHROMIUM, CHROMEDRIVER, testClass);
    }

    public WebDriver driver() {
        return driver;
    }

    /** An explicit wait of {@link #WAIT}; Angular re-renders lists, so a stale element means "try again". */
    public WebDriverWait waiting() {
        return waiting(WAIT);
    }

    public WebDriverWait waiting(Duration duration) {
        WebDriverWait wait = new WebDriverWait(driver, duration, Duration.ofMillis(250));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text a person sees (innerText of the body). */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * A screenshot of the whole screen to {@code target/screenshots/<TestClass>/<nn>-<step>.png}. Tasklist scrolls
     * inside panes, so the viewport is stretched (device metrics) to the tallest scrolled pane for the picture.
     */
    public Path screenshot(String step) {
        String name = "%02d-%s.png".formatted(++shot, step.replaceAll("[^A-Za-z0-9_-]+", "-"));
        Path file = screenshotDir.resolve(name);
        try {
            Long extra = (Long) script("""
                    let extra = 0;
                    for (const el of document.querySelectorAll('*')) {
                      if (el.clientHeight > 50 && el.scrollHeight > el.clientHeight + 2) {
                        const style = getComputedStyle(el);
                        if (style.overflowY === 'auto' || style.overflowY === 'scroll') {
                          extra = Math.max(extra, el.scrollHeight - el.clientHeight);
                        }
                      }
                    }
                    return Math.round(Math.max(extra, document.documentElement.scrollHeight - window.innerHeight));""");
            long height = Math.min(8000, 1000 + Math.max(0, extra));
            byte[] png;
            if (height > 1000) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 1400, "height", height, "deviceScaleFactor", 1, "mobile", false));
                try {
                    Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot",
                            Map.of("format", "png", "captureBeyondViewport", true));
                    png = Base64.getDecoder().decode((String) result.get("data"));
                } finally {
                    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
                }
            } else {
                png = driver.getScreenshotAs(OutputType.BYTES);
            }
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            LOG.warn("Full-page screenshot {} failed ({}), taking the viewport", name, e.toString());
            try {
                Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        return file;
    }

    /**
     * Screenshot, then the checks every screen gets: no English chrome string ({@link TasklistTexts#ENGLISH_CHROME})
     * in the visible text or in a visible field's placeholder, and no Camunda 8 migration banner. Problems are
     * collected and reported by {@link #assertNoDutchProblems()} at the end of the test (or only logged with
     * {@code -Dsmr.browser.english-check=warn}), so one run lists every screen at once.
     */
    public void assertDutchScreen(String step) {
        Path file = screenshot(step);
        String text = visibleText() + "\n" + placeholders();
        List<String> found = new ArrayList<>();
        for (String english : TasklistTexts.ENGLISH_CHROME) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(english) + "(?![\\p{L}])").matcher(text);
            if (m.find()) {
                found.add(english);
            }
        }
        boolean banner = driver.findElements(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed)
                || TasklistTexts.MIGRATION_BANNER.matcher(text).find();
        if (banner) {
            found.add("Camunda 8 migration banner");
        }
        if (!found.isEmpty()) {
            String problem = file.getFileName() + ": " + String.join(", ", found);
            LOG.warn("Not Dutch: {}", problem);
            dutchProblems.add(problem);
        }
    }

    private String placeholders() {
        return String.join("\n", driver.findElements(By.cssSelector("input[placeholder], textarea[placeholder]"))
                .stream().filter(WebElement::isDisplayed).map(e -> e.getDomAttribute("placeholder")).toList());
    }

    /** Fails with every English string or banner seen since the last call (unless the check is set to warn). */
    public void assertNoDutchProblems() {
        List<String> problems = List.copyOf(dutchProblems);
        dutchProblems.clear();
        if (!problems.isEmpty() && ENGLISH_FAILS) {
            throw new AssertionError("Screens that are not Dutch (list: TasklistTexts.ENGLISH_CHROME):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Severe messages of the browser console since the last call (JavaScript errors of Tasklist or form-js). */
    public List<String> consoleErrors() {
        try {
            return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                    .map(e -> e.getMessage()).toList();
        } catch (RuntimeException e) {
            return List.of("(console not readable: " + e + ")");
        }
    }

    /** Saves the page's HTML beside the screenshots (for a step that went wrong). */
    public Path savePageSource(String step) {
        Path file = screenshotDir.resolve("%02d-%s.html".formatted(shot, step.replaceAll("[^A-Za-z0-9_-]+", "-")));
        try {
            Files.writeString(file, driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public Path screenshotDir() {
        return screenshotDir;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(userDataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp dir left behind is harmless
            }
        }
    }
}
