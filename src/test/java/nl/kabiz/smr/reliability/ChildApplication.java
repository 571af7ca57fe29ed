package nl.kabiz.smr.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.kabiz.smr.support.FreePort;

/**
 * The application as a child JVM (profile {@code postgres}, job executor on), as production runs it: started with
 * {@code java -cp <main + dependency classpath> nl.kabiz.smr.SmrApplication}, its output in
 * {@code target/reliability-<name>.log}. It can be stopped, killed with SIGKILL and started again.
 */
final class ChildApplication {

    static final String ADMIN = "beheer";
    static final String ADMIN_PASSWORD = "Beheer-wachtwoord-42";
    static final String PORTAL_KEY = "portal-key-reliability";

    private final String name;
    private final Map<String, String> env;
    private final List<String> args;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    /**
     * @param jdbcUrl the database (the test's embedded PostgreSQL, user {@code postgres}, no password)
     * @param extraArgs further {@code --property=value} arguments
     */
    ChildApplication(String name, String jdbcUrl, int smtpPort, String... extraArgs) {
        this.name = name;
        this.port = FreePort.any();
        this.log = Path.of("target", "reliability-" + name + ".log");
        this.env = Map.ofEntries(
                Map.entry("SMR_DB_URL", jdbcUrl),
                Map.entry("SMR_DB_USER", "postgres"),
                Map.entry("SMR_DB_PASSWORD", ""),
                Map.entry("SMR_ADMIN_USER", ADMIN),
                Map.entry("SMR_ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("SMR_MAIL_HOST", "localhost"),
                Map.entry("SMR_MAIL_PORT", Integer.toString(smtpPort)),
                Map.entry("SMR_MAIL_AUTH", "false"),
                Map.entry("SMR_MAIL_STARTTLS", "false"),
                Map.entry("SMR_SECURE_COOKIES", "false"),
                Map.entry("SMR_BASE_URL", "http://localhost:" + port),
                Map.entry("SMR_PORTAL_API_KEY_SHA256", sha256(PORTAL_KEY)));
        this.args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                // a crashed node's jobs are taken over after the lock expires (production: 4 minutes)
                "--camunda.bpm.job-execution.lock-time-in-millis=20000",
                // an idle job executor looks for due jobs at least every 5 s (Camunda's default backs off to 60 s)
                "--camunda.bpm.job-execution.max-wait=5000",
                "--logging.level.org.camunda.bpm.engine.context=off"));
        this.args.addAll(Arrays.asList(extraArgs));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Starts the JVM and waits until {@code /actuator/health} is UP; returns the seconds that took. */
    double start() {
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Europe/Amsterdam",
                "-cp", classpath(), "nl.kabiz.smr.SmrApplication"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "\n===== " + name + " started " + java.time.Instant.now() + " =====\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
            Process started = process;
            // a test JVM that ends (or is stopped) takes its children with it
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        kill();
        throw new IllegalStateException(name + " not healthy within 240 s, see " + log);
    }

    /** kill -9: no shutdown hook, no transaction finished. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** An orderly stop (SIGTERM), SIGKILL after 30 s. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request with HTTP Basic ({@code user}, {@code password}) or, for user {@code "portal"}, the API key. */
    HttpResponse<String> send(String method, String path, String user, String password, String contentType,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if ("portal".equals(user)) {
            request.header("X-Api-Key", PORTAL_KEY);
        } else if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> asAdmin(String method, String path, String contentType, String body) {
        return send(method, path, ADMIN, ADMIN_PASSWORD, contentType, body);
    }

    /** The test JVM's classpath without the test classes (the child is the production application). */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes")
                        && !entry.replace('\\', '/').endsWith("/test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
