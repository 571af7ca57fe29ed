package nl.kabiz.smr.competency;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code smr.competency.in-force}: module to the profile version in force (e.g. {@code BASIS: "2.6"}). */
@ConfigurationProperties("smr.competency")
record CompetencySettings(Map<String, String> inForce) {

    CompetencySettings {
        inForce = inForce == null ? Map.of() : Map.copyOf(inForce);
    }
}
