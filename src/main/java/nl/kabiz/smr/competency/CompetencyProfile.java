package nl.kabiz.smr.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of a module's competency profile, as read from {@code competency/profiles/<MODULE>-<version>.json}.
 *
 * @param status {@code PUBLISHED} (also when absent: every profile of the sources) or {@code DRAFT}: announced, its
 *     requirements not (all) written yet; a draft is never in force and no one can be assessed against it
 */
public record CompetencyProfile(String module, String version, String title, LocalDate publishedOn, String source,
        String status, List<Role> roles) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public CompetencyProfile {
        status = status == null || status.isBlank() ? PUBLISHED : status.strip().toUpperCase(java.util.Locale.ROOT);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean draft() {
        return DRAFT.equals(status);
    }

    public List<Requirement> requirements() {
        return roles.stream().flatMap(r -> r.requirements().stream()).toList();
    }

    public Set<String> codes() {
        return requirements().stream().map(Requirement::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** "BASIS 2.6", "EXTRA-Zwanger 2.6": the module as the register writes it, and the version. */
    public String label() {
        return moduleName(module) + " " + version;
    }

    /** The Dutch way of writing a module code: EXTRA_ZWANGER is "EXTRA-Zwanger". */
    static String moduleName(String module) {
        int separator = module.indexOf('_');
        if (separator < 0) {
            return module;
        }
        String rest = module.substring(separator + 1).toLowerCase(java.util.Locale.ROOT);
        return module.substring(0, separator) + "-" + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** A CanMEDS role and its requirements. */
    public record Role(int number, String title, List<Requirement> requirements) {
    }

    /** One requirement: code such as {@code 1.8}, a short title and the full text of the source. */
    public record Requirement(String code, String title, String text) {
    }
}
