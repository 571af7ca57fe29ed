package nl.kabiz.smr.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) in Tasklist, filled by the labels a person reads. A field is found by its label: exact
 * text first (the required-asterisk ignored), then the first label that starts with the given text, so a long label
 * may be given by its beginning. Options (radio, checklist, select) are found the same way by their label.
 */
public class TaskForm {

    private final Browser browser;
    /** null: the whole form; else the row of a dynamic list that starts with a text containing this ({@link #item}). */
    private final String row;

    TaskForm(Browser browser) {
        this(browser, null);
    }

    private TaskForm(Browser browser, String row) {
        this.browser = browser;
        this.row = row;
    }

    /**
     * The visible form fields in document order; within a row: the fields after the row's text (the one that
     * contains the row's text, e.g. "7.2 Kwaliteitseisen") up to the next text. form-js renders rows of a
     * non-removable dynamic list without a wrapper, so a row is found by its heading, as a person does.
     */
    private static final String FIELDS_JS = """
            const norm = t => (t || '').replace(/\\s+/g, ' ').replace(/\\*\\s*$/, '').trim();
            const all = [...document.querySelectorAll('section.task-details .fjs-form-field')]
                .filter(f => f.offsetParent !== null);
            let fields = all;
            if (row) {
              const isText = f => f.classList.contains('fjs-form-field-text');
              let start = all.findIndex(f => isText(f) && norm(f.textContent).startsWith(row + ' '));
              if (start < 0) {
                start = all.findIndex(f => isText(f) && norm(f.textContent).includes(row));
              }
              if (start < 0) {
                fields = [];
              } else {
                const next = all.findIndex((f, i) => i > start && isText(f));
                fields = all.slice(start + 1, next < 0 ? undefined : next);
              }
            }
            const labelOf = f => norm((f.querySelector('label.fjs-form-field-label, label') || {}).textContent);
            """;

    /**
     * The row of a dynamic list (form-js {@code dynamiclist}) whose text contains {@code text}, e.g. the requirement
     * "7.2" of the assessment: its fields are filled by their labels like the form's.
     */
    public TaskForm item(String text) {
        try {
            browser.waiting(java.time.Duration.ofSeconds(5)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "const row = arguments[0];\n" + FIELDS_JS + "return fields.length > 0;", text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("no-row-" + text);
            throw new AssertionError("No row '" + text + "' (a text containing it, followed by fields) on the form", e);
        }
        return new TaskForm(browser, text);
    }

    /** The form-js field (the {@code .fjs-form-field} element) whose label is {@code label}. */
    public WebElement field(String label) {
        try {
            return browser.waiting().until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                    "const wanted = arguments[0]; const row = arguments[1];\n" + FIELDS_JS + """
                    return fields.find(f => labelOf(f) === wanted)
                        || fields.find(f => labelOf(f).startsWith(wanted)) || null;""", label, row));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("no-field-" + label);
            throw new AssertionError("No visible field labelled '" + label + "'" + (row == null ? "" : " in row '" + row + "'"), e);
        }
    }

    /** Whether a visible field with this label is on the form. */
    public boolean hasField(String label) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "const wanted = arguments[0]; const row = arguments[1];\n" + FIELDS_JS + """
                return fields.some(f => [...f.querySelectorAll('label')].some(l => norm(l.textContent).startsWith(wanted)));""",
                label, row);
    }

    /** Types into a textfield, textarea or number field (replacing what is there). */
    public TaskForm type(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("input:not([type='checkbox']):not([type='radio']), textarea"));
        replace(input, text);
        return this;
    }

    /** Types a number into a number field. */
    public TaskForm typeNumber(String label, long number) {
        return type(label, Long.toString(number));
    }

    /**
     * Types a date as text into a date field (form-js date picker or a text field) and leaves the field, as a
     * person does: no calendar clicks.
     */
    public TaskForm typeDate(String label, String text) {
        WebElement input = field(label).findElement(By.cssSelector("input"));
        replace(input, text);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** Sets a single checkbox (label next to the box). */
    public TaskForm check(String label, boolean checked) {
        WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
        if (box.isSelected() != checked) {
            clickLabelOf(box);
        }
        return this;
    }

    /** Sets one option of a checklist (group {@code label}, option {@code option}). */
    public TaskForm checkOption(String label, String option, boolean checked) {
        WebElement box = optionInput(field(label), option, "checkbox");
        if (box.isSelected() != checked) {
            clickLabelOf(box);
        }
        return this;
    }

    /** Ticks every option of a checklist; returns how many options it has. */
    public int checkAllOptions(String label) {
        List<WebElement> boxes = field(label).findElements(By.cssSelector("input[type='checkbox']"));
        for (WebElement box : boxes) {
            if (!box.isSelected()) {
                clickLabelOf(box);
            }
        }
        return boxes.size();
    }

    /** The option labels of a radio group, checklist or select field. */
    public List<String> options(String label) {
        return field(label).findElements(By.cssSelector("label")).stream().skip(1).map(WebElement::getText)
                .map(String::trim).toList();
    }

    /** Chooses a radio option. */
    public TaskForm choose(String label, String option) {
        WebElement radio = optionInput(field(label), option, "radio");
        if (!radio.isSelected()) {
            clickLabelOf(radio);
        }
        try {
            browser.waiting(java.time.Duration.ofSeconds(5)).until(d -> radio.isSelected());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("not-chosen-" + option);
            throw new AssertionError("Option '" + option + "' of '" + label + "'" + (row == null ? "" : " in row '" + row
                    + "'") + " is not selected after a click", e);
        }
        return this;
    }

    /** Picks an option of a select field (form-js dropdown: open it, click the option). */
    public TaskForm select(String label, String option) {
        WebElement field = field(label);
        WebElement display = field.findElement(By.cssSelector(".fjs-input-group, input, select"));
        scrollIntoView(display);
        display.click();
        WebElement item = browser.waiting().until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item"))
                .stream().filter(i -> i.getText().trim().startsWith(option)).findFirst().orElse(null));
        // form-js selects on mousedown
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(item).click().perform();
        return this;
    }

    /** The error texts shown under one field (empty when none). */
    public List<String> errors(String label) {
        return field(label).findElements(By.cssSelector(".fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /** The current value of a text-like field. */
    public String value(String label) {
        return field(label).findElement(By.cssSelector("input, textarea")).getDomProperty("value");
    }

    private WebElement optionInput(WebElement field, String option, String type) {
        List<WebElement> labels = field.findElements(By.cssSelector("label"));
        WebElement match = labels.stream().filter(l -> l.getText().trim().equals(option)).findFirst()
                .or(() -> labels.stream().filter(l -> l.getText().trim().startsWith(option)).findFirst())
                .orElseThrow(() -> new AssertionError("No option '" + option + "' in " + labels.stream()
                        .map(WebElement::getText).toList()));
        List<WebElement> inputs = match.findElements(By.cssSelector("input[type='" + type + "']"));
        if (!inputs.isEmpty()) {
            return inputs.get(0);
        }
        return field.findElement(By.id(match.getDomAttribute("for")));
    }

    private void clickLabelOf(WebElement input) {
        scrollIntoView(input);
        input.click();
    }

    private void replace(WebElement input, String text) {
        scrollIntoView(input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }
}
