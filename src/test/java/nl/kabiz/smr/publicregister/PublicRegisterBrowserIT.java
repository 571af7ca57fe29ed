package nl.kabiz.smr.publicregister;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.CoachRegister;
import nl.kabiz.smr.coach.Module;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The register page in a real browser (headless Chromium), at phone and desktop width: a search by name, by
 * postal-code area and by "zwanger of kinderwens", the keyboard's first stop, and an axe-core check for WCAG 2.1 A
 * and AA on every page shown. Screenshots go to {@code target/screenshots/public-register/}. Skipped (with the
 * reason) where Debian's chromium or chromedriver is not installed.
 */
@TestPropertySource(properties = "smr.public-register.rate-limit.requests=100000")
class PublicRegisterBrowserIT extends AbstractIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(PublicRegisterBrowserIT.class);
    static final Path SCREENSHOTS = Path.of("target", "screenshots", "public-register");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    CoachRegister register;

    @BeforeAll
    static void browserInstalled() {
        String missing = HeadlessChromium.missing();
        Assumptions.assumeTrue(missing == null, () -> "Browser test skipped: " + missing);
    }

    @BeforeEach
    void coaches() {
        if (register.find("SMR-400001").isPresent()) {
            return;
        }
        LocalDate since = LocalDate.of(2017, 3, 1);
        register.save(PublicRegisterIT.coach("SMR-400001", "Anna de Vries", "Utrecht", "3511 AB", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_ZWANGER, LocalDate.of(2022, 10, 1), null, "2.6"))));
        register.save(PublicRegisterIT.coach("SMR-400002", "Bram de Vries", "Utrecht", "3512", since, null,
                List.of(new Coach.CoachModule(Module.BASIS, since, null, null))));
        register.recordTransitionDeadline("SMR-400002", LocalDate.of(2027, 7, 1));
        register.save(PublicRegisterIT.coach("SMR-400003", "Chantal Vriesema", "Utrecht", "3511", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"))));
        register.endRegistration("SMR-400003");
        register.save(PublicRegisterIT.coach("SMR-400004", "Dirk Dekker", "Amersfoort", "3811", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_ZWANGER, LocalDate.of(2023, 4, 12), null, "2.6"))));
        register.joinRookvrijeOuders("SMR-400004");
        register.save(PublicRegisterIT.coach("SMR-400005", "Esra Yılmaz", "Utrecht", "3511", since, "2.6",
                List.of(new Coach.CoachModule(Module.BASIS, since, null, "2.6"),
                        new Coach.CoachModule(Module.EXTRA_PSYCHIATRIE, LocalDate.of(2024, 2, 1), null, "1.0"))));
    }

    @ParameterizedTest(name = "{0} ({1} px)")
    @CsvSource({"phone, 390, 844", "desktop, 1280, 900"})
    void searchByNamePostalAreaAndNeed(String device, int width, int height) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeDriver driver = HeadlessChromium.start(width, height);
        List<String> violations = new ArrayList<>();
        try {
            driver.get(base() + "/register");
            assertThat(driver.getTitle()).contains("Coach zoeken");
            // the keyboard's first stop is the skip link
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Direct naar het zoekformulier");
            violations.addAll(axe(driver, device + " start"));
            screenshot(driver, device + "-1-start", width, height);

            // by name
            type(driver, "name", "vries");
            submit(driver);
            assertThat(results(driver)).containsExactly("Anna de Vries", "Bram de Vries", "Chantal Vriesema");
            assertThat(text(driver)).contains("3 coaches gevonden",
                    "geregistreerd, in overgangsregeling tot 1 juli 2027", "EXTRA-Zwanger, sinds 1 oktober 2022");
            violations.addAll(axe(driver, device + " name"));
            screenshot(driver, device + "-2-name", width, height);

            // by postal-code area
            type(driver, "name", "");
            type(driver, "postalCode", "3511");
            submit(driver);
            assertThat(results(driver)).containsExactly("Anna de Vries", "Chantal Vriesema", "Esra Yılmaz");
            assertThat(text(driver)).contains("registratie beëindigd op", "EXTRA-Psychiatrie, sinds 1 februari 2024");
            violations.addAll(axe(driver, device + " postal code"));
            screenshot(driver, device + "-3-postal-area", width, height);

            // by what the smoker needs: "zwanger of kinderwens"
            type(driver, "postalCode", "");
            driver.findElement(By.cssSelector("label[for='need-EXTRA_ZWANGER']")).click();
            assertThat(driver.findElement(By.id("need-EXTRA_ZWANGER")).isSelected()).isTrue();
            submit(driver);
            assertThat(results(driver)).containsExactly("Anna de Vries", "Dirk Dekker");
            assertThat(text(driver)).contains("2 coaches gevonden voor zwanger of kinderwens",
                    "Rookvrije Ouders, sinds");
            violations.addAll(axe(driver, device + " need"));
            screenshot(driver, device + "-4-zwanger-of-kinderwens", width, height);

            // a bad postal code: the error summary and the field say what is wrong
            driver.findElement(By.id("need-all")).click();
            type(driver, "postalCode", "35");
            submit(driver);
            assertThat(text(driver)).contains("Controleer uw zoekopdracht", "Postcodegebied: is geen postcodegebied");
            assertThat(driver.findElement(By.id("postalCode")).getAttribute("aria-invalid")).isEqualTo("true");
            violations.addAll(axe(driver, device + " error"));
            screenshot(driver, device + "-5-error", width, height);
        } finally {
            driver.quit();
        }
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations").isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void type(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    /** Submits the search and waits until the answer page has loaded (reading it earlier can find no body). */
    private static void submit(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(20));
        // the page may still be settling from the previous step: find and press the button on the page as it is now
        WebElement page = wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            WebElement html = d.findElement(By.tagName("html"));
            d.findElement(By.cssSelector("form#zoeken button[type='submit']")).click();
            return html;
        });
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    private static List<String> results(WebDriver driver) {
        return driver.findElements(By.cssSelector("#resultaten .coach h3")).stream().map(WebElement::getText).toList();
    }

    private static String text(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core on the page as it is: WCAG 2.1 A and AA rules; returns the violations, described. */
    private static List<String> axe(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        LOG.info("axe-core {} on '{}': {} rules passed, {} violations, {} incomplete (need a human look)",
                results.getTestEngine() == null ? "" : results.getTestEngine().getVersion(), page,
                results.getPasses().size(), results.getViolations().size(), results.getIncomplete().size());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        return found;
    }

    /** The whole page: the window is stretched to the page's height for the shot, then set back. */
    private static void screenshot(ChromeDriver driver, String name, int width, int height) throws IOException {
        long pageHeight = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.max(height, Math.min(pageHeight + 120, 6000))));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(width, height));
        LOG.info("Screenshot {}", file.toAbsolutePath());
    }
}
