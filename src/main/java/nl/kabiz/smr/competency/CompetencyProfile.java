package nl.kabiz.smr.competency;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of a module's competency profile, as read from {@code competency/profiles/<MODULE>-<version>.json}. */
public record CompetencyProfile(String module, String version, String title, LocalDate publishedOn, String source,
        List<Role> roles) {

    public List<Requirement> requirements() {
        return roles.stream().flatMap(r -> r.requirements().stream()).toList();
    }

    public Set<String> codes() {
        return requirements().stream().map(Requirement::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** "BASIS 2.6". */
    public String label() {
        return module + " " + version;
    }

    /** A CanMEDS role and its requirements. */
    public record Role(int number, String title, List<Requirement> requirements) {
    }

    /** One requirement: code such as {@code 1.8}, a short title and the full text of the source. */
    public record Requirement(String code, String title, String text) {
    }
}
