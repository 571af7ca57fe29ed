package nl.kabiz.smr.competency;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code smr.competency.in-force}: module to the profile version in force (e.g. {@code BASIS: "2.6"}); a module
 * without an entry has no published profile. {@code smr.competency.profiles-directory}: where profile files beyond
 * the shipped ones are read from (default {@code ./config/profiles}).
 */
@ConfigurationProperties("smr.competency")
record CompetencySettings(Map<String, String> inForce, String profilesDirectory) {

    static final String DEFAULT_DIRECTORY = "./config/profiles";

    @ConstructorBinding
    CompetencySettings {
        inForce = inForce == null ? Map.of() : Map.copyOf(inForce);
        profilesDirectory = profilesDirectory == null || profilesDirectory.isBlank() ? DEFAULT_DIRECTORY
                : profilesDirectory;
    }

    CompetencySettings(Map<String, String> inForce) {
        this(inForce, null);
    }
}
