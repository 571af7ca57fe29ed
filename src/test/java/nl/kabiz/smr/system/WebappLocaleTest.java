package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Camunda webapps are Dutch: our files under {@code META-INF/resources/webjars/camunda/app/<app>/} override the
 * webjar's (they come first on the classpath), every key of the shipped {@code en.json} has a Dutch text in our
 * {@code nl.json}, Dutch is the only language offered, the Camunda 8 banner is hidden, and the form-js script in
 * Tasklist covers the English form-js texts of the shipped bundle. {@code .ci/webapp-locales.py} lists the details.
 */
class WebappLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[\\w.]+\\s*}}|%[sd]|\\{}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyShippedKeyHasDutchText(String app) throws IOException {
        JsonNode english = JSON.readTree(strip(shipped(APP + app + "/locales/en.json")));
        JsonNode dutch = JSON.readTree(ours(APP + app + "/locales/nl.json"));
        List<String> problems = new ArrayList<>();
        compare("", english, dutch, problems);
        assertThat(problems).as(app + ": keys of the shipped en.json without (proper) Dutch text in our nl.json"
                + " (python3 .ci/webapp-locales.py lists them)").isEmpty();
        assertThat(dutch.path("dateLocales").path("months").get(0).asText()).isEqualTo("januari");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void dutchIsTheOnlyOfferedLanguage(String app) throws IOException {
        String config = ours(APP + app + "/scripts/config.js");
        Matcher locales = Pattern.compile("locales:\\s*\\{\\s*availableLocales:\\s*\\[([^]]*)],\\s*fallbackLocale:\\s*'(\\w+)'")
                .matcher(config);
        assertThat(locales.find()).as(app + " config.js sets locales").isTrue();
        // Camunda takes the browser language when it is in availableLocales: 'en' there means English for en-US browsers
        assertThat(locales.group(1).replaceAll("\\s", "")).isEqualTo("'nl'");
        assertThat(locales.group(2)).isEqualTo("nl");
        assertThat(config).contains("normal: 'D-M-YYYY HH:mm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void camunda8BannerIsHidden(String app) throws IOException {
        // the banner is <div ng-if="isCommunityEdition" class="ce-eol-banner"> in every app's header, with no switch
        assertThat(shipped(APP + app + "/camunda-" + app + "-bootstrap.js")).contains("class=\"ce-eol-banner\"");
        assertThat(ours(APP + app + "/styles/user-styles.css").replaceAll("\\s+", " "))
                .contains(".ce-eol-banner { display: none !important; }");
    }

    @Test
    void tasklistOpensDocumentsInANewTabAndSortsByDueDate() throws IOException {
        assertThat(ours(APP + "tasklist/scripts/config.js")).contains("'scripts/tasklist-smr'");
        assertThat(ours(APP + "tasklist/scripts/tasklist-smr.js")).contains("window.open(link.href, '_blank'")
                .contains("sortBy: 'dueDate', sortOrder: 'asc'");
    }

    @Test
    void formJsScriptCoversTheTextsOfTheShippedBundle() throws IOException {
        String deps = shipped("META-INF/resources/webjars/camunda/lib/deps.js");
        String script = ours(APP + "tasklist/scripts/form-js-nl.js");
        assertThat(ours(APP + "tasklist/scripts/config.js")).contains("'scripts/form-js-nl', ");
        assertThat(deps).contains("flatpickr").contains("new Intl.DateTimeFormat(e).formatToParts");

        // every validation message form-js pushes (plain and template literals) ...
        List<String> messages = new ArrayList<>();
        Matcher pushed = Pattern.compile("push\\((?:\"([^\"]+)\"|`([^`]+)`)\\)").matcher(deps);
        while (pushed.find()) {
            String message = pushed.group(1) != null ? pushed.group(1) : pushed.group(2);
            if (message.matches("(Field|Value|Please select).*")) {
                messages.add(message);
            }
        }
        assertThat(messages).hasSizeGreaterThanOrEqualTo(9);
        // ... and the other texts a user can meet in a form
        for (String text : List.of("Date and time must both be entered.", "Value is expected to \"+(0===n?\"be an integer\"",
                "No results", "Remove tag", "Nothing to show.", "Previous page", "Next page", "Section contains an error",
                "Expand all (${m.length})", "Remove list item ${t+1}")) {
            assertThat(deps).as("form-js text in lib/deps.js").contains(text);
        }
        messages.addAll(List.of("Date and time must both be entered.", "Value is expected to be an integer.",
                "Value is expected to have at most ${n} decimal digits.", "No results", "Remove tag", "Nothing to show.",
                "Previous page", "Next page", "Section contains an error", "Expand all (${m.length})",
                "Remove list item ${t+1}", "dd-mm-yyyy"));

        List<Pattern> patterns = new ArrayList<>();
        Matcher regex = Pattern.compile("\\[/(\\^[^\\n]*?\\$)/,").matcher(script);
        while (regex.find()) {
            patterns.add(Pattern.compile(regex.group(1)));
        }
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(10);
        for (String message : messages) {
            String example = message.replaceAll("\\$\\{[^}]+}", "5");
            boolean covered = script.contains("'" + message + "':") || script.contains("\"" + message + "\":")
                    || patterns.stream().anyMatch(p -> p.matcher(example).matches());
            assertThat(covered).as("form-js text without Dutch in form-js-nl.js: " + message).isTrue();
        }
        assertThat(script).contains("'januari'", "firstDayOfWeek: 1", "'nl-NL'");
    }

    @Test
    void hardCodedEnglishTextsHaveDutch() throws IOException {
        String script = ours(APP + "smr/webapp-texts-nl.js");
        StringBuilder bundles = new StringBuilder(shipped("META-INF/resources/plugin/cockpit/app/plugin.js"));
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            assertThat(ours(APP + app + "/scripts/config.js")).as(app).contains("'../smr/webapp-texts-nl']");
            bundles.append(shipped(APP + app + "/camunda-" + app + "-bootstrap.js"));
        }
        String texts = script.substring(script.indexOf("export const TEXTS = {"), script.indexOf("export const RESOURCE_NAMES"));
        Matcher entry = Pattern.compile("\\n  '([^']+)': '([^']+)'").matcher(texts);
        int count = 0;
        while (entry.find()) {
            count++;
            // still hard-coded in a template: >Text< with only whitespace (or escaped newlines) around it
            assertThat(bundles).as("hard-coded template text " + entry.group(1))
                    .containsPattern(">(\\s|\\\\n)*" + Pattern.quote(entry.group(1)) + "(\\s|\\\\n)*<");
        }
        assertThat(count).isGreaterThanOrEqualTo(7);
        for (String name : List.of("process definition", "decision definition", "decision instance")) {
            assertThat(bundles).contains("getByRouteParam(\"id\",{name:\"" + name + "\"");
            assertThat(script).contains("'" + name + "': '");
        }
        assertThat(script).contains("document.documentElement.lang = 'nl'");
        // Cockpit sets its date formats in code: the module of the script re-applies those of config.js
        assertThat(shipped(APP + "cockpit/camunda-cockpit-bootstrap.js")).contains("normal:\"YYYY-MM-DD[T]HH:mm:ss\"");
        assertThat(script).contains("module('smr.dateFormat'");
        assertThat(ours(APP + "cockpit/scripts/config.js")).contains("ngDeps: ['smr.dateFormat']");
    }

    /** Our file: the first on the classpath, and not the webjar's (that is what makes it override the webjar). */
    private static String ours(String path) throws IOException {
        URL first = WebappLocaleTest.class.getClassLoader().getResource(path);
        assertThat(first).as("our " + path).isNotNull();
        assertThat(first.toString()).as(path + " comes from our resources, not from a jar").doesNotContain(".jar!");
        return read(first);
    }

    /** Camunda's file from camunda-webapp-webjar. */
    private static String shipped(String path) throws IOException {
        for (URL url : Collections.list(WebappLocaleTest.class.getClassLoader().getResources(path))) {
            if (url.toString().contains("camunda-webapp-webjar")) {
                return read(url);
            }
        }
        throw new AssertionError(path + " not found in camunda-webapp-webjar on the test classpath");
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void compare(String path, JsonNode english, JsonNode dutch, List<String> problems) {
        if (dutch == null || dutch.isMissingNode() || dutch.isNull()) {
            problems.add(path + " missing");
        } else if (english.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = english.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), dutch.get(field.getKey()), problems);
            }
        } else if (english.isArray()) {
            if (!dutch.isArray() || dutch.size() != english.size()) {
                problems.add(path + " should be a list of " + english.size());
            } else {
                for (int i = 0; i < english.size(); i++) {
                    compare(path + "[" + i + "]", english.get(i), dutch.get(i), problems);
                }
            }
        } else if (english.isTextual()) {
            String en = english.asText();
            String nl = dutch.asText();
            if (!en.isBlank() && nl.isBlank()) {
                problems.add(path + " empty");
            } else if (!placeholders(en).equals(placeholders(nl))) {
                problems.add(path + " placeholders " + placeholders(en) + " became " + placeholders(nl));
            }
        } else if (dutch.isContainerNode()) {
            problems.add(path + " should be a value");
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s", ""));
        }
        return found;
    }
}
