package nl.kabiz.smr.browser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every Tasklist text the browser suite looks for or forbids, in one place: when the Dutch locale (branch
 * i7-locale) or the forms change a label, only this class changes.
 */
public final class TasklistTexts {

    private TasklistTexts() {
    }

    // ---- buttons and links a person clicks (the first text found wins; English last, for before the locale)

    /** Claim button on an open task. */
    public static final List<String> CLAIM = List.of("Oppakken", "Claimen", "Toewijzen aan mij", "Claim");
    /** Complete button under a form. */
    public static final List<String> COMPLETE = List.of("Afronden", "Voltooien", "Gereed", "Complete");
    /** Sign-in button of the login page. */
    public static final List<String> SIGN_IN = List.of("Inloggen", "Aanmelden", "Log in");
    /** Log-out entry in the user menu. */
    public static final List<String> LOG_OUT = List.of("Uitloggen", "Afmelden", "Log out");

    /**
     * Every task name carries the coach and the case reference ("Documenten controleren: Jan Modaal
     * (REG-2026-000001)", system.TaskPresentation), so a card is found by its text alone. Set to false for task
     * names without the case: then cards with the task name are opened one by one until the form shows the case.
     */
    public static final boolean CARD_SHOWS_CASE = true;

    /** How a date is typed into a date field: a Dutch date as text ("23-11-2030"). */
    public static final java.time.format.DateTimeFormatter DATE_TYPED =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    // ---- filters (system.TasklistFilters)

    public static final String FILTER_CASEWORKERS = "Dossiers KABIZ";
    public static final String FILTER_SUPERVISOR = "Mijn beoordelingen";
    public static final String FILTER_COMMISSION = "Kwaliteitscommissie";

    // ---- task names (BPMN); the lead adds " – <coach> (<case reference>)", the suite finds cards by the reference

    public static final String TASK_REVIEW_DOCUMENTS = "Documenten controleren";
    public static final String TASK_ASSESS_REGISTRATION = "Competenties beoordelen";
    public static final String TASK_DECIDE_REGISTRATION = "Besluit Kwaliteitscommissie";
    public static final String TASK_REVIEW_EVIDENCE = "Bewijsstukken beoordelen";
    public static final String TASK_DECIDE_EXTENSION = "Besluiten over verlenging";
    public static final String TASK_CONFIRM_END = "Beëindiging registratie bevestigen";

    /**
     * English Tasklist chrome that must not show on any screen (whole words, case-sensitive). Tune here when the
     * Dutch locale lands.
     */
    public static final List<String> ENGLISH_CHROME = List.of(
            "Claim", "Unclaim", "Complete", "Save", "Filter Tasks", "Due in", "Due date", "Field is required",
            "Add a simple filter", "Created", "Follow-up date", "Set follow-up date", "Set due date",
            "It is time to migrate", "Add groups", "Form", "History", "Description", "Sign in",
            "Username", "Password", "Log out", "Start process", "Create task", "Add filter",
            "The task could not be completed", "Tasks", "Task", "Select a task in the list", "Keyboard Shortcuts",
            "Add Comment", "Date and Time displayed in local timezone", "Powered by", "a few seconds ago",
            "An error happened while submitting the task form", "Cannot submit task form", "has been completed");

    /** The Camunda 8 migration banner of CE 7.24 (also caught by its CSS class {@code ce-eol-banner}). */
    public static final Pattern MIGRATION_BANNER = Pattern.compile("Camunda 8|time to migrate", Pattern.CASE_INSENSITIVE);
}
