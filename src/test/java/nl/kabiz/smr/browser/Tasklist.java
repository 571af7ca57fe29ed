package nl.kabiz.smr.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page object of Camunda Tasklist 7.24 as a person uses it: log in, pick a filter, find a task card, open it, claim
 * it, fill the form ({@link TaskForm}), complete it and read what Tasklist says. Every screen it visits is
 * photographed and checked with {@link Browser#assertDutchScreen(String)}. Texts it clicks: {@link TasklistTexts}.
 */
public class Tasklist {

    private static final Logger LOG = LoggerFactory.getLogger(Tasklist.class);

    private static final By LOGIN_FORM = By.cssSelector("form[name='signinForm']");
    private static final By FILTERS = By.cssSelector(".task-filter");
    private static final By CARDS = By.cssSelector(".tasks-list li.task");
        private static final By FORM = By.cssSelector("form.fjs-form, .fjs-container");
    private static final By NOTIFICATIONS = By.cssSelector(".notifications .alert, .notifications .notification");
    private static final By FIELD_ERRORS = By.cssSelector(".fjs-form-field-error");

    private final Browser browser;
    private String openTaskId;

    public Tasklist(Browser browser) {
        this.browser = browser;
    }

    public Browser browser() {
        return browser;
    }

    // ---- log in / log out

    /** Logs in through the login page (logging out whoever is logged in first); lands on the task list. */
    public Tasklist login(String username) {
        browser.open("/camunda/app/tasklist/");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("form[name='signinForm'] input[ng-model='username']"))
                .stream().filter(WebElement::isDisplayed).toList().isEmpty()
                || !d.findElements(By.cssSelector("li.account a.dropdown-toggle")).isEmpty());
        if (browser.driver().findElements(LOGIN_FORM).stream().noneMatch(WebElement::isDisplayed)) {
            logout();
        }
        WebElement name = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name='signinForm'] input[ng-model='username']")));
        browser.assertDutchScreen("login-page");
        name.clear();
        name.sendKeys(username);
        WebElement password = browser.driver().findElement(By.cssSelector("form[name='signinForm'] input[type='password']"));
        password.clear();
        password.sendKeys(username);
        button(browser.driver().findElement(LOGIN_FORM), TasklistTexts.SIGN_IN)
                .orElseGet(() -> browser.driver().findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")))
                .click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(LOGIN_FORM));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
        openTaskId = null;
        browser.assertDutchScreen("logged-in-" + username);
        return this;
    }

    /** Logs out through the user menu (top right) and waits for the login page. */
    public void logout() {
        try {
            WebElement menu = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("li.account a.dropdown-toggle")));
            menu.click();
            WebElement out = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("li.account li.logout a")));
            String text = out.getText().trim();
            if (!TasklistTexts.LOG_OUT.contains(text)) {
                LOG.warn("Log-out entry reads '{}', not one of {}", text, TasklistTexts.LOG_OUT);
            }
            out.click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(LOGIN_FORM));
        } catch (RuntimeException e) {
            LOG.warn("Log out through the menu failed ({}); clearing the session", e.toString());
            browser.driver().manage().deleteAllCookies();
        }
        openTaskId = null;
    }

    // ---- filters and task cards

    /** Clicks the filter with this (Dutch) name in the left list and waits for its task list. */
    public Tasklist selectFilter(String filterName) {
        WebElement filter = browser.waiting().until(d -> d.findElements(FILTERS).stream()
                .filter(f -> filterName(f).equals(filterName)).findFirst().orElse(null));
        filter.findElement(By.cssSelector("h4.name a")).click();
        browser.waiting().until(d -> {
            List<WebElement> now = d.findElements(FILTERS);
            return now.stream().anyMatch(f -> filterName(f).equals(filterName)
                    && f.getDomAttribute("class").contains("active"));
        });
        waitForTaskListLoaded();
        browser.assertDutchScreen("filter-" + filterName);
        return this;
    }

    /** The filter names in the left list, in order. */
    public List<String> filterNames() {
        return browser.driver().findElements(FILTERS).stream().map(Tasklist::filterName).toList();
    }

    private static String filterName(WebElement filter) {
        // "Dossiers KABIZ 1": name followed by the counter of the focused filter
        String name = filter.findElement(By.cssSelector("h4.name a")).getText().trim();
        return name.replaceFirst("\\s*\\(?\\d+\\)?$", "").trim();
    }

    private void waitForTaskListLoaded() {
        browser.waiting().until(d -> d.findElements(By.cssSelector(".tasks-list, [cam-tasks] .well, .tasks .well"))
                .stream().anyMatch(WebElement::isDisplayed) || !d.findElements(CARDS).isEmpty());
    }

    /** The text of every task card in the list (name, process, assignee, dates, card variables). */
    public List<String> cardTexts() {
        return browser.driver().findElements(CARDS).stream().map(WebElement::getText).toList();
    }

    /**
     * Opens the task named {@code taskName} of one case: the card that shows {@code caseText} (the case reference
     * or the coach's name). While a card shows only the task name ({@link TasklistTexts#CARD_SHOWS_CASE} false), the
     * cards with that name are opened one after the other until the form shows {@code caseText}.
     */
    public Tasklist openTask(String taskName, String caseText) {
        // the list refreshes itself; wait until a card with the task name is there
        browser.waiting().until(d -> !cards(taskName).isEmpty());
        boolean found = openCard(taskName, cards -> cards.stream().filter(c -> c.getText().contains(caseText))
                .findFirst().orElse(null));
        if (!found && TasklistTexts.CARD_SHOWS_CASE) {
            throw new AssertionError("No task card '" + taskName + "' shows '" + caseText + "'; cards: " + cardTexts());
        }
        for (int i = 0; !found && i < cards(taskName).size(); i++) {
            int index = i;
            openCard(taskName, cards -> index < cards.size() ? cards.get(index) : null);
            found = taskPaneText().contains(caseText);
        }
        if (!found) {
            throw new AssertionError("No open task '" + taskName + "' for '" + caseText + "'; cards: " + cardTexts());
        }
        browser.assertDutchScreen("task-" + taskName.replace(' ', '-') + "-" + caseText);
        return this;
    }

    private List<WebElement> cards(String taskName) {
        return browser.driver().findElements(CARDS).stream().filter(c -> {
            try {
                return c.findElement(By.cssSelector("h4.task")).getText().trim().startsWith(taskName);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            }
        }).toList();
    }

    /** Clicks the card {@code pick} chooses among the cards with this name (again when the list re-rendered). */
    private boolean openCard(String taskName, java.util.function.Function<List<WebElement>, WebElement> pick) {
        String taskId = browser.waiting().until(d -> {
            WebElement card = pick.apply(cards(taskName));
            if (card == null) {
                return "";
            }
            WebElement link = card.findElement(By.cssSelector("h4.task a"));
            String href = link.getDomAttribute("href");
            scrollIntoView(link);
            link.click();
            return href == null ? "" : href.replaceFirst(".*task=([^&]+).*", "$1");
        });
        if (taskId.isEmpty()) {
            return false;
        }
        openTaskId = taskId;
        browser.waiting().until(d -> d.getCurrentUrl().contains("task=" + taskId));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(FORM));
        // the form is rendered once its fields are there
        browser.waiting().until(d -> d.findElements(By.cssSelector("section.task-details .fjs-form-field")).stream()
                .anyMatch(WebElement::isDisplayed));
        return true;
    }

    /** Whether a task card with this name for this case is in the current list (after a refresh). */
    public boolean hasTask(String taskName, String caseText) {
        browser.driver().navigate().refresh();
        waitForTaskListLoaded();
        try {
            browser.waiting(Duration.ofSeconds(5)).until(d -> TasklistTexts.CARD_SHOWS_CASE
                    ? cards(taskName).stream().anyMatch(c -> c.getText().contains(caseText))
                    : !cards(taskName).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException none) {
            return false;
        }
    }

    /** The visible text of the open task (header and form). */
    public String taskPaneText() {
        return browser.driver().findElements(By.cssSelector("section.task-details")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst()
                .orElseGet(browser::visibleText);
    }

    // ---- the open task

    /** Claims the open task with the claim button ({@link TasklistTexts#CLAIM}) and waits for the form to be editable. */
    public Tasklist claim() {
        WebElement claim = browser.waiting().until(d -> d.findElements(By.cssSelector("button.claim, button")).stream()
                .filter(WebElement::isDisplayed).filter(b -> TasklistTexts.CLAIM.contains(b.getText().trim()))
                .findFirst().orElse(null));
        claim.click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("button.claim")).stream().noneMatch(WebElement::isDisplayed));
        browser.waiting().until(d -> d.findElements(By.cssSelector(".form-actions button")).stream()
                .anyMatch(WebElement::isDisplayed));
        browser.assertDutchScreen("claimed");
        return this;
    }

    /** Whether the open task shows a claim button (not yet assigned to the user). */
    public boolean claimable() {
        return browser.driver().findElements(By.cssSelector("button.claim")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The form of the open task. */
    public TaskForm form() {
        return new TaskForm(browser);
    }

    /** What happened after {@link #complete()}: the task left the list, or Tasklist/the form shows an error. */
    public record Outcome(boolean completed, String notification, List<String> fieldErrors) {
        public String messages() {
            return (notification + "\n" + String.join("\n", fieldErrors)).trim();
        }
    }

    /**
     * Clicks the complete button ({@link TasklistTexts#COMPLETE}) and waits until the task is gone from the list
     * or an error shows (a notification or an error under a field). Screenshot of the result.
     */
    public Outcome complete() {
        browser.assertDutchScreen("filled");
        WebElement button = button(browser.driver().findElement(By.cssSelector(".form-actions")), TasklistTexts.COMPLETE)
                .orElseThrow(() -> new AssertionError("No complete button " + TasklistTexts.COMPLETE));
        scrollIntoView(button);
        String taskId = openTaskId;
        try {
            browser.waiting().until(d -> button.isEnabled());
        } catch (org.openqa.selenium.TimeoutException disabled) {
            browser.screenshot("complete-disabled");
            browser.savePageSource("complete-disabled");
            throw new AssertionError("The complete button stays disabled (the form is invalid to form-js?); field errors: "
                    + fieldErrors() + ", invalid fields: " + invalidFields() + ", browser console: "
                    + browser.consoleErrors(), disabled);
        }
        button.click();
        Outcome outcome;
        try {
            outcome = browser.waiting().until(d -> {
                List<String> errors = fieldErrors();
                String notice = notificationText();
                boolean error = !d.findElements(By.cssSelector(".notifications .alert-danger, "
                        + ".notifications .alert-error, .notifications .notification.error")).isEmpty();
                boolean gone = taskId != null && !d.getCurrentUrl().contains(taskId)
                        && d.findElements(By.cssSelector(".tasks-list a[href*='" + taskId + "']")).isEmpty();
                if (gone) {
                    return new Outcome(true, notice, errors);
                }
                if (error || !errors.isEmpty()) {
                    return new Outcome(false, notice, errors);
                }
                return null;
            });
        } catch (org.openqa.selenium.TimeoutException stuck) {
            browser.screenshot("complete-no-reaction");
            browser.savePageSource("complete-no-reaction");
            throw new AssertionError("After '" + TasklistTexts.COMPLETE + "' the task neither left the list nor showed"
                    + " an error within " + Browser.WAIT.toSeconds() + " s; notifications: '" + notificationText()
                    + "', field errors: " + fieldErrors() + ", invalid fields: " + invalidFields()
                    + ", browser console: " + browser.consoleErrors() + ", the engine answers " + taskStatus(taskId)
                    + " for the task", stuck);
        }
        browser.assertDutchScreen(outcome.completed() ? "completed" : "not-completed");
        if (outcome.completed()) {
            openTaskId = null;
        }
        return outcome;
    }

    /** Completes and fails unless the task left the list. */
    public void completeSuccessfully() {
        Outcome outcome = complete();
        if (!outcome.completed()) {
            throw new AssertionError("Task not completed: " + outcome.messages());
        }
    }

    /** The text of the notifications at the top of Tasklist (empty when none). */
    public String notificationText() {
        // textContent: a notification that is still fading in has no "visible" text yet
        return browser.driver().findElements(NOTIFICATIONS).stream()
                .map(e -> String.valueOf(e.getDomProperty("textContent")).replaceAll("\\s+", " ").replace("×", "")
                        .replace("Close", "").trim())
                .filter(t -> !t.isEmpty()).reduce("", (a, b) -> (a + "\n" + b).trim());
    }

    /** HTTP status of the task in the engine API with the webapp session (200 open, 404 gone), for diagnostics. */
    private Object taskStatus(String taskId) {
        try {
            return ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/camunda/api/engine/engine/default/task/' + arguments[0], {credentials: 'same-origin'})
                        .then(r => done(r.status), e => done(String(e)));""", taskId);
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    /** Labels of the form fields form-js marks invalid (aria-invalid), also where it shows no error text. */
    public List<String> invalidFields() {
        return browser.driver().findElements(By.cssSelector("section.task-details [aria-invalid='true']")).stream()
                .map(e -> e.getDomAttribute("id")).toList();
    }

    /** The visible error texts under form fields. */
    public List<String> fieldErrors() {
        return browser.driver().findElements(FIELD_ERRORS).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /** Closes the notifications (so that the next outcome is not confused with an old one). */
    public void dismissNotifications() {
        for (WebElement close : browser.driver().findElements(By.cssSelector(".page-notifications .close, .page-notifications button"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (RuntimeException ignored) {
                // it closed itself
            }
        }
    }

    private Optional<WebElement> button(WebElement scope, List<String> texts) {
        List<WebElement> buttons = scope.findElements(By.cssSelector("button, a.btn, input[type='submit']"));
        for (String text : texts) {
            for (WebElement b : buttons) {
                String label = b.getText().trim().isEmpty() ? String.valueOf(b.getDomAttribute("value")) : b.getText().trim();
                if (b.isDisplayed() && label.equals(text)) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }

    void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }
}
