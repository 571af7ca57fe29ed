package nl.kabiz.smr.competency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every competency profile version, loaded at start-up from {@code classpath:competency/profiles/*.json} and from
 * {@code ./config/profiles/*.json} (a new module or version is data: drop a file there), and which version of each
 * module is in force ({@code smr.competency.in-force}).
 */
@Component
public class ProfileCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileCatalog.class);

    private final Map<String, CompetencyProfile> byKey = new TreeMap<>();
    private final Map<String, String> inForce;

    ProfileCatalog(ObjectMapper objectMapper, CompetencySettings settings) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            load(objectMapper, resolver.getResources("classpath*:competency/profiles/*.json"));
            load(objectMapper, resolver.getResources("file:./config/profiles/*.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("Competency profiles cannot be read", e);
        }
        this.inForce = Map.copyOf(settings.inForce());
        inForce.forEach((module, version) -> {
            if (!byKey.containsKey(key(module, version))) {
                throw new IllegalStateException("smr.competency.in-force names " + module + " " + version
                        + ", but no such profile file exists; known: " + byKey.keySet());
            }
        });
        LOG.info("Competency profiles loaded: {}; in force: {}", byKey.keySet(), inForce);
    }

    /** The version of the module in force now. */
    public CompetencyProfile inForce(String module) {
        String version = inForce.get(module);
        if (version == null) {
            throw new IllegalArgumentException("No profile in force for module " + module);
        }
        return byKey.get(key(module, version));
    }

    public Optional<CompetencyProfile> find(String module, String version) {
        return Optional.ofNullable(byKey.get(key(module, version)));
    }

    public Collection<CompetencyProfile> all() {
        return List.copyOf(byKey.values());
    }

    private void load(ObjectMapper objectMapper, Resource[] resources) throws IOException {
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                CompetencyProfile profile = objectMapper.readValue(in, CompetencyProfile.class);
                validate(profile, resource.getFilename());
                byKey.put(key(profile.module(), profile.version()), profile);
            }
        }
    }

    private static void validate(CompetencyProfile profile, String file) {
        if (profile.module() == null || profile.version() == null || profile.roles() == null
                || profile.roles().isEmpty()) {
            throw new IllegalStateException("Profile " + file + " needs module, version and roles");
        }
        Set<String> codes = new HashSet<>();
        for (CompetencyProfile.Requirement r : profile.requirements()) {
            if (r.code() == null || r.text() == null || r.text().isBlank() || !codes.add(r.code())) {
                throw new IllegalStateException("Profile " + file + ": requirement without code or text, or a code twice: "
                        + r.code());
            }
        }
    }

    private static String key(String module, String version) {
        return module + "-" + version;
    }
}
