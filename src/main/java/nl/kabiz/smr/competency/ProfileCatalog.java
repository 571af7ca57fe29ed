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
 * {@code ./config/profiles/*.json} ({@code smr.competency.profiles-directory}; a new module or version is data: drop a
 * file there), and which version of each module is in force ({@code smr.competency.in-force}).
 *
 * <p>A module has a <em>published profile in force</em> when {@code in-force} names a version of it and that file is
 * not a draft ({@code "status": "DRAFT"}): only then can a coach apply for it and be assessed against it. Naming a
 * draft in {@code in-force} stops the start. EXTRA-Psychiatrie ships as a draft without requirements; publishing
 * it is a file with its requirements in the profiles directory plus {@code in-force.EXTRA_PSYCHIATRIE}.
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
            String directory = settings.profilesDirectory().replaceAll("/+$", "");
            load(objectMapper, resolver.getResources("file:" + directory + "/*.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("Competency profiles cannot be read", e);
        }
        this.inForce = Map.copyOf(settings.inForce());
        inForce.forEach((module, version) -> {
            if (!byKey.containsKey(key(module, version))) {
                throw new IllegalStateException("smr.competency.in-force names " + module + " " + version
                        + ", but no such profile file exists; known: " + byKey.keySet());
            }
            CompetencyProfile profile = byKey.get(key(module, version));
            if (profile.draft() || profile.requirements().isEmpty()) {
                throw new IllegalStateException("smr.competency.in-force names " + module + " " + version
                        + ", but that profile is a draft or has no requirements: publish it first (\"status\": "
                        + "\"PUBLISHED\" and its requirements)");
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

    /**
     * Whether the module has a published profile in force now: only then can a coach apply for it (the input
     * {@code moduleProfilePublished} of DMN {@code extraModuleEligibility}).
     */
    public boolean publishedInForce(String module) {
        return module != null && inForce.containsKey(module);
    }

    /** The published profile in force for the module, if any (empty: none in force, or only a draft). */
    public Optional<CompetencyProfile> findInForce(String module) {
        return publishedInForce(module) ? Optional.of(inForce(module)) : Optional.empty();
    }

    /** Whether the module is known only by a draft profile (announced, requirements not written yet). */
    public boolean draftOnly(String module) {
        return !publishedInForce(module) && byKey.values().stream().anyMatch(p -> p.module().equals(module) && p.draft());
    }

    public Optional<CompetencyProfile> find(String module, String version) {
        return Optional.ofNullable(byKey.get(key(module, version)));
    }

    public Collection<CompetencyProfile> all() {
        return List.copyOf(byKey.values());
    }

    private void load(ObjectMapper objectMapper, Resource[] resources) throws IOException {
        for (Resource resource : resources) {
            if (!resource.exists()) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                CompetencyProfile profile = objectMapper.readValue(in, CompetencyProfile.class);
                validate(profile, resource.getFilename());
                byKey.put(key(profile.module(), profile.version()), profile);
            }
        }
    }

    private static void validate(CompetencyProfile profile, String file) {
        if (profile.module() == null || profile.version() == null) {
            throw new IllegalStateException("Profile " + file + " needs module and version");
        }
        if (!profile.draft() && !CompetencyProfile.PUBLISHED.equals(profile.status())) {
            throw new IllegalStateException("Profile " + file + ": status must be PUBLISHED or DRAFT, not "
                    + profile.status());
        }
        if (!profile.draft() && profile.roles().isEmpty()) {
            throw new IllegalStateException("Profile " + file + " needs roles (only a draft may have none yet)");
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
