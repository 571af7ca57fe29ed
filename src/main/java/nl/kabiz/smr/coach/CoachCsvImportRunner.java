package nl.kabiz.smr.coach;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kabiz.smr.casework.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * First load from the command line: {@code java -jar smr-register.jar --smr.import.csv=/path/register.csv} imports
 * the file (same rules as the API), logs the result or every row error, and ends the application (exit code 0 on
 * success, 1 on a refused file).
 */
@Component
@ConditionalOnProperty("smr.import.csv")
class CoachCsvImportRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CoachCsvImportRunner.class);

    private final CoachCsvImport csvImport;
    private final ConfigurableApplicationContext context;
    private final Path file;

    CoachCsvImportRunner(CoachCsvImport csvImport, ConfigurableApplicationContext context,
            @Value("${smr.import.csv}") Path file) {
        this.csvImport = csvImport;
        this.context = context;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int exitCode = importFile();
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    int importFile() throws java.io.IOException {
        try {
            CoachCsvImport.Result result = csvImport.importCsv(Files.readString(file, StandardCharsets.UTF_8));
            LOG.info("Register import of {}: {} rows, {} new coaches, {} updated", file, result.rows(),
                    result.created(), result.updated());
            return 0;
        } catch (RuleViolation refused) {
            LOG.error("Register import of {} refused, nothing loaded:", file);
            refused.reasons().forEach((field, reason) -> LOG.error("  {}: {}", field, reason));
            return 1;
        }
    }
}
