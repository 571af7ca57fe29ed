package nl.kabiz.smr.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reliability figures: one entry per scenario in {@code target/reliability.json} (merged, newest wins). */
public final class ReliabilityReport {

    private static final Path FILE = Path.of("target", "reliability.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReliabilityReport() {
    }

    public static synchronized void record(String scenario, Object figures) {
        try {
            Files.createDirectories(FILE.getParent());
            ObjectNode all = Files.exists(FILE) ? (ObjectNode) JSON.readTree(FILE.toFile()) : JSON.createObjectNode();
            all.set(scenario, JSON.valueToTree(figures));
            JSON.writeValue(FILE.toFile(), all);
            System.out.println("RELIABILITY " + scenario + ": " + JSON.writeValueAsString(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
