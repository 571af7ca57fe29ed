package nl.kabiz.smr.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser suite: the application on a random port (see {@link AbstractIntegrationTest}) and ONE
 * headless Chromium per test class, started before the first test and quit after the last. Skipped, with a
 * warning, where Debian's chromium and chromedriver are not installed.
 */
public abstract class AbstractBrowserIT extends AbstractIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractBrowserIT.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected Tasklist tasklist;

    protected CoachPortal portal;

    @BeforeAll
    static void browserPresent() {
        if (!Browser.available() && WARNED.compareAndSet(false, true)) {
            LOG.warn(Browser.skipMessage());
        }
        Assumptions.assumeTrue(Browser.available(), Browser::skipMessage);
    }

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port, getClass().getSimpleName());
        }
        tasklist = new Tasklist(browser);
        portal = new CoachPortal(this::api);
    }

    @AfterEach
    void everyScreenWasDutch() {
        if (browser != null) {
            browser.assertNoDutchProblems();
        }
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected Browser browser() {
        return browser;
    }

    /** Runs due jobs after a browser action completed a task (the job executor is off in tests). */
    protected void afterTaskCompleted() {
        executeJobs();
    }

    /**
     * Fills the supervisor's assessment of the open task: every requirement sufficient in one step ("Alle eisen
     * voldoende"), the EPA counts confirmed, the judgement, and a remark.
     */
    protected TaskForm assessEverythingSufficient(String judgement) {
        return tasklist.form().check(FormLabels.Assessment.ALL_SUFFICIENT, true)
                .check(FormLabels.Assessment.EPA_CONFIRMED, true)
                .choose(FormLabels.Assessment.JUDGEMENT, judgement)
                .type(FormLabels.Assessment.REMARKS, "In de praktijk gezien tijdens drie begeleidingsgesprekken.");
    }
}
