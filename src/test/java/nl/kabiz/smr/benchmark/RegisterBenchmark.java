package nl.kabiz.smr.benchmark;

import static nl.kabiz.smr.benchmark.BenchClient.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.kabiz.smr.SmrApplication;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 12: the load of go-live (bulk start), of a reminder day (sweep) and of the case workers' queries, each
 * against the bare engine in the same run. Not part of {@code ./mvnw verify}; run with
 * {@code ./mvnw -B -o -Pbenchmark verify -Dbenchmark.n=N} (see README, "Benchmarks").
 *
 * <p>The application ({@link SmrApplication}, profiles {@code postgres} + {@code benchmark}) runs in this JVM on an
 * embedded PostgreSQL with {@code synchronous_commit=on} (the test default is off; production commits are durable),
 * with the job executor on and mailing to a local {@link SmtpSink}. Rounds alternate between the baseline and the
 * application's figure (start, bulk start; sweep, reminder sweep) so that a noisy neighbour hits both alike; round 0
 * is the warm-up and is not counted.
 */
class RegisterBenchmark {

    private static final String ADMIN = "benchbeheer";
    private static final String ADMIN_PASSWORD = "Bench-admin-wachtwoord-42";
    private static final String CASEWORKER = "benchdossiers";
    private static final String CASEWORKER_PASSWORD = "Bench-caseworker-wachtwoord-42";
    private static final String PORTAL_KEY = "portal-key-benchmark";
    private static final byte[] PDF = "%PDF-1.4\n% certificaat BASIS 2.6\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private static final String[] FIRST = {"Anna", "Bram", "Chantal", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse",
        "Jeroen", "Kim", "Lars", "Marieke", "Noor", "Olaf", "Petra", "Ruben", "Sanne", "Tom", "Yara"};
    private static final String[] LAST = {"de Vries", "Jansen", "de Boer", "Bakker", "Visser", "Smit", "Meijer",
        "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
        "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
        "van den Heuvel", "van der Veen", "van den Berg", "van Dijk", "Hoekstra", "Koster", "Prins", "Huisman",
        "Kuipers", "Willems", "Verhoeven", "Postma", "Schouten", "Wiersma", "Boer", "Maas", "Verbeek", "Evers",
        "Vlietstra", "Koning", "Blom", "Sanders", "van Beek", "Timmermans"};
    private static final String[][] CITIES = {{"Amsterdam", "1012"}, {"Rotterdam", "3011"}, {"Utrecht", "3511"},
        {"Den Haag", "2511"}, {"Eindhoven", "5611"}, {"Groningen", "9711"}, {"Tilburg", "5038"}, {"Almere", "1315"},
        {"Breda", "4811"}, {"Nijmegen", "6511"}, {"Delft", "2611"}, {"Zwolle", "8011"}, {"Leiden", "2311"},
        {"Haarlem", "2011"}, {"Arnhem", "6811"}, {"Maastricht", "6211"}, {"Enschede", "7511"}, {"Apeldoorn", "7311"},
        {"Leeuwarden", "8911"}, {"Middelburg", "4331"}};

    /** Waiting at the first (or next) reminder timer. */
    private static final String AT_REMINDER_TIMER =
            "j.execution_id_ IN (SELECT id_ FROM act_ru_execution WHERE act_id_ = 'timer_reminderDue')";

    private final int n = Integer.getInteger("benchmark.n", 10_000);
    private final int rounds = Integer.getInteger("benchmark.rounds", 3);
    private final int warmup = Integer.getInteger("benchmark.warmup", Math.max(50, n / 5));
    private final int clients = Integer.getInteger("benchmark.clients", 4);
    private final int samples = Integer.getInteger("benchmark.samples", 200);
    private final String appArgs = System.getProperty("benchmark.app-args", "").trim();
    private final String syncCommit = System.getProperty("benchmark.pg.synchronous-commit", "on");
    /** Which of the phases after the bulk start run: {@code sweep}, {@code queries} (both by default). */
    private final List<String> phases = Arrays.asList(
            System.getProperty("benchmark.phases", "sweep,queries").replace(" ", "").split(","));

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final Random random = new Random(12);

    private SmtpSink sink;
    private StatementCounter statements;
    private ResourceSampler sampler;
    private ConfigurableApplicationContext app;
    private JdbcTemplate db;
    private BenchClient admin;
    private String baseUrl;
    private ProcessEngineConfigurationImpl engine;
    private int coachesInRegister;
    private CpuMeter cpu;

    /**
     * One measured phase: items/s and, per item, SQL statements, jobs run (successful job log entries), and CPU
     * milliseconds of the application's JVM and of PostgreSQL.
     */
    record Phase(double rate, double statements, double jobs, double appCpuMs, double dbCpuMs, double extra,
            int duplicates, int missing) {

        double cpuMs() {
            return appCpuMs + dbCpuMs;
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("perSecond", round1(rate));
            json.put("statements", round1(statements));
            json.put("jobs", round1(jobs));
            json.put("appCpuMs", round1(appCpuMs));
            json.put("dbCpuMs", round1(dbCpuMs));
            return json;
        }
    }

    /** Counts statements, jobs and CPU from its creation until {@link #end}. */
    private final class Window {
        private final long t0;
        private final long[] cpu0;
        private final Timestamp since = new Timestamp(System.currentTimeMillis() - 1);

        Window() {
            statements.start();
            cpu0 = cpu.now();
            t0 = System.nanoTime();
        }

        double seconds() {
            return secondsSince(t0);
        }

        Phase end(int size, double extra, int duplicates, int missing) {
            double seconds = secondsSince(t0);
            long counted = statements.stop();
            long[] cpu1 = cpu.now();
            int jobs = db.queryForObject("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 AND timestamp_ >= ?",
                    Integer.class, since);
            return new Phase(size / seconds, (double) counted / size, (double) jobs / size,
                    (cpu1[0] - cpu0[0]) / 1e6 / size, (cpu1[1] - cpu0[1]) / 1e6 / size, extra, duplicates, missing);
        }
    }

    @Test
    void benchmark() throws Exception {
        long t0 = System.nanoTime();
        try (SmtpSink smtp = new SmtpSink(); ResourceSampler resources = new ResourceSampler();
                EmbeddedPostgres postgres = postgres().start()) {
            sink = smtp;
            sampler = resources;
            startApplication(postgres);
            try {
                run();
            } finally {
                app.close();
            }
        }
        json.put("wallClockSeconds", Math.round((System.nanoTime() - t0) / 1e9));
        writeJson();
        if (((Number) json.getOrDefault("duplicates", 0)).intValue() != 0
                || ((Number) json.getOrDefault("missing", 0)).intValue() != 0) {
            throw new AssertionError("reminders: duplicates " + json.get("duplicates") + ", missing "
                    + json.get("missing"));
        }
    }

    // ---------------------------------------------------------------- set-up

    /**
     * The embedded PostgreSQL; with {@code -Dbenchmark.pg.auto-explain-ms=N}, every statement slower than N ms is
     * logged with its plan (EXPLAIN ANALYZE, module auto_explain) to {@code target/postgres.log}.
     */
    private EmbeddedPostgres.Builder postgres() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", syncCommit);
        String explainMs = System.getProperty("benchmark.pg.auto-explain-ms", "").trim();
        if (!explainMs.isEmpty()) {
            java.io.File log = new java.io.File("target/postgres.log");
            builder.setServerConfig("shared_preload_libraries", "auto_explain")
                    .setServerConfig("auto_explain.log_min_duration", explainMs + "ms")
                    .setServerConfig("auto_explain.log_analyze", "on")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log));
        }
        return builder;
    }

    private void startApplication(EmbeddedPostgres postgres) throws Exception {
        String database = "smr_benchmark";
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String jdbcUrl = postgres.getJdbcUrl("postgres", database);
        db = new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl, "postgres", "", true));
        cpu = new CpuMeter(db.queryForObject("SELECT pg_backend_pid()", Long.class));
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        baseUrl = "http://localhost:" + port;
        List<String> args = new ArrayList<>(List.of(
                "--SMR_DB_URL=" + jdbcUrl, "--SMR_DB_USER=postgres", "--SMR_DB_PASSWORD=",
                "--SMR_ADMIN_USER=" + ADMIN, "--SMR_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--SMR_MAIL_HOST=localhost", "--SMR_MAIL_PORT=" + sink.port(), "--SMR_MAIL_AUTH=false",
                "--SMR_MAIL_STARTTLS=false", "--SMR_SECURE_COOKIES=false", "--SMR_BASE_URL=" + baseUrl,
                "--SMR_PORTAL_API_KEY_SHA256=" + sha256(PORTAL_KEY),
                "--server.port=" + port));
        if (!appArgs.isEmpty()) {
            args.addAll(Arrays.asList(appArgs.split("\\s+")));
        }
        statements = new StatementCounter();
        long started = System.nanoTime();
        app = new SpringApplicationBuilder(SmrApplication.class)
                .profiles("postgres", "benchmark")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(statements))
                .run(args.toArray(String[]::new));
        engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
        figure("application start", "%.1f s (n=%d, rounds=%d, warm-up %d, %d clients, synchronous_commit=%s%s)",
                secondsSince(started), n, rounds, warmup, clients, syncCommit,
                appArgs.isEmpty() ? "" : ", " + appArgs);
        json.put("n", n);
        json.put("rounds", rounds);
        json.put("warmup", warmup);
        json.put("clients", clients);
        json.put("synchronousCommit", syncCommit);
        json.put("appArgs", appArgs);
        Map<String, String> jobExecution = new LinkedHashMap<>();
        for (String key : List.of("core-pool-size", "max-pool-size", "queue-capacity", "max-jobs-per-acquisition",
                "lock-time-in-millis", "wait-time-in-millis", "max-wait")) {
            jobExecution.put(key, app.getEnvironment().getProperty("camunda.bpm.job-execution." + key, "default"));
        }
        json.put("jobExecution", jobExecution);
        json.put("bulkBatchSize", app.getEnvironment().getProperty("smr.transition.bulk-batch-size"));
        figure("job executor", "%s, bulk batch size %s", jobExecution, json.get("bulkBatchSize"));
        admin = new BenchClient(baseUrl).basic(ADMIN, ADMIN_PASSWORD);
        deploy("benchStartEnd.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="benchStartEnd_defs"
                    targetNamespace="http://kabiz.nl/smr/benchmark">
                  <bpmn:process id="benchStartEnd" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """);
        deploy("benchTimer.bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="benchTimer_defs"
                    targetNamespace="http://kabiz.nl/smr/benchmark">
                  <bpmn:process id="benchTimer" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="timer" />
                    <bpmn:intermediateCatchEvent id="timer">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:sequenceFlow id="f2" sourceRef="timer" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """);
        check(admin.post("/engine-rest/user/create", "application/json", """
                {"profile": {"id": "%s", "firstName": "Bench", "lastName": "Dossiers", "email": "bench@kabiz.example"},
                 "credentials": {"password": "%s"}}""".formatted(CASEWORKER, CASEWORKER_PASSWORD)), 204,
                "create case worker");
        check(admin.put("/engine-rest/group/caseworkers/members/" + CASEWORKER, "application/json", "{}"), 204,
                "case worker into group caseworkers");
    }

    /** Deploys a model through /engine-rest, as an administrator would. */
    private void deploy(String name, String bpmn) {
        String boundary = "----bench" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        check(admin.postBytes("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), "application/json"), 200, "deploy " + name);
    }

    // ---------------------------------------------------------------- the run

    private void run() throws Exception {
        List<Phase> baselineStart = new ArrayList<>();
        List<Phase> bulkStart = new ArrayList<>();
        List<Double> importRate = new ArrayList<>();
        Map<String, Long> startTop = Map.of();
        for (int round = 0; round <= rounds; round++) {
            int size = round == 0 ? warmup : n;
            Phase baseline = baselineStart(size);
            importRate.add(importCoaches(round, size));
            Phase bulk = bulkStart(round, size);
            if (round > 0) {
                baselineStart.add(baseline);
                bulkStart.add(bulk);
                startTop = statements.top(40);
            }
            progress("round %d: baseline start %.1f/s (%s), bulk start %.1f/s (cases opened %.1f/s; %s)", round,
                    baseline.rate(), cost(baseline), bulk.rate(), bulk.extra(), cost(bulk));
        }
        Phase start = medianPhase(baselineStart);
        Phase bulk = medianPhase(bulkStart);
        figure("1 baseline start", "%.1f instances/s (trivial start->end via /engine-rest, %d clients; rounds %s); per"
                + " instance %s", start.rate(), clients, rates(baselineStart), cost(start));
        figure("  coach import", "%.0f coaches/s (POST /api/coaches/import, CSV; rounds incl. warm-up %s)",
                median(importRate.subList(1, importRate.size())), importRate.stream()
                        .map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
        figure("2 bulk transition start", "%.1f cases/s until every case waits at its first reminder timer and every"
                + " start letter is in the sink (cases opened: %.1f/s); rounds %s; per case %s", bulk.rate(),
                bulk.extra(), rates(bulkStart), cost(bulk));
        json.put("baselineStart", start.json());
        json.put("bulkStart", bulk.json());
        json.put("bulkOpenedPerSecond", round1(bulk.extra()));
        json.put("bulkStartRatio", round3(bulk.rate() / start.rate()));
        json.put("bulkStartCpuRatio", round3(start.cpuMs() / bulk.cpuMs()));
        json.put("statementsPerStart", round1(bulk.statements()));
        json.put("statementsPerStartTop", startTop);
        long startPeakHeap = sampler.peakHeapUsedMiB();
        long startPeakAfterGc = sampler.peakHeapAfterGcMiB();
        long startPeakRss = sampler.peakRssMiB();

        Phase[] sweeps = phases.contains("sweep") ? sweeps() : new Phase[] {null, null};
        Phase sweep = sweeps[0];
        Phase reminders = sweeps[1];
        int duplicates = ((Number) json.getOrDefault("duplicates", 0)).intValue();
        int missing = ((Number) json.getOrDefault("missing", 0)).intValue();

        if (phases.contains("queries")) {
            queries();
        }

        long peakHeap = sampler.peakHeapUsedMiB();
        figure("7 resources", "peak heap used %d MiB (bulk start %d, after GC at most %d MiB; -Xmx %d MiB), peak RSS"
                + " %d MiB (bulk start %d; process high-water mark %d MiB); statements per transition start %.1f, per"
                + " reminder %.1f (baseline: %.1f per start, %.1f per no-op timer job)", peakHeap, startPeakHeap,
                sampler.peakHeapAfterGcMiB(), ResourceSampler.maxHeapMiB(), sampler.peakRssMiB(), startPeakRss,
                ResourceSampler.processPeakRssMiB(), bulk.statements(), reminders == null ? 0 : reminders.statements(),
                start.statements(), sweep == null ? 0 : sweep.statements());
        json.put("peakHeapMiB", peakHeap);
        json.put("peakHeapBulkStartMiB", startPeakHeap);
        json.put("peakHeapAfterGcMiB", sampler.peakHeapAfterGcMiB());
        json.put("peakHeapAfterGcBulkStartMiB", startPeakAfterGc);
        json.put("maxHeapMiB", ResourceSampler.maxHeapMiB());
        json.put("peakRssMiB", sampler.peakRssMiB());
        json.put("processPeakRssMiB", ResourceSampler.processPeakRssMiB());

        System.out.println("BENCHMARK ratios: bulk start " + json.get("bulkStartRatio") + " (target >= 0.5), reminder"
                + " sweep " + json.get("reminderSweepRatio") + " (>= 0.5), task query p95 "
                + json.get("taskQueryP95Ratio") + " (<= 5), coach-name search p95 " + json.get("taskSearchP95Ratio")
                + " (<= 5), public search p95 " + json.get("publicSearchP95Ratio") + " (<= 5); duplicates "
                + duplicates + ", missing " + missing + "; peak heap " + peakHeap + " MiB (< 1024); statements per"
                + " start " + json.get("statementsPerStart") + " (<= 25), per reminder "
                + json.get("statementsPerReminder") + " (<= 45); CPU-time ratios (noise-resistant): bulk start "
                + json.get("bulkStartCpuRatio") + ", reminder sweep " + json.get("reminderSweepCpuRatio"));
    }

    /** Phases 3 and 4; returns {baseline sweep, reminder sweep} (medians). */
    private Phase[] sweeps() {
        List<Phase> baselineSweep = new ArrayList<>();
        List<Phase> reminderSweep = new ArrayList<>();
        Map<String, Long> reminderTop = Map.of();
        int duplicates = 0;
        int missing = 0;
        for (int round = 0; round <= rounds; round++) {
            int size = round == 0 ? warmup : n;
            Phase sweep = baselineSweep(size);
            Phase reminders = reminderSweep(round, size);
            duplicates += reminders.duplicates();
            missing += reminders.missing();
            if (round > 0) {
                baselineSweep.add(sweep);
                reminderSweep.add(reminders);
                reminderTop = statements.top(40);
            }
            progress("round %d: baseline sweep %.1f/s (%s), reminder sweep %.1f/s (%s; %d duplicates, %d missing)",
                    round, sweep.rate(), cost(sweep), reminders.rate(), cost(reminders), reminders.duplicates(),
                    reminders.missing());
        }
        Phase sweep = medianPhase(baselineSweep);
        Phase reminders = medianPhase(reminderSweep);
        figure("3 baseline sweep", "%.1f jobs/s (due no-op timers fired by the job executor; rounds %s); per timer %s",
                sweep.rate(), rates(baselineSweep), cost(sweep));
        figure("4 reminder sweep", "%.1f reminders/s until every reminder is in the sink; duplicates %d, missing %d"
                + " (warm-up included); rounds %s; per reminder %s", reminders.rate(), duplicates, missing,
                rates(reminderSweep), cost(reminders));
        json.put("baselineSweep", sweep.json());
        json.put("reminderSweep", reminders.json());
        json.put("reminderSweepRatio", round3(reminders.rate() / sweep.rate()));
        json.put("reminderSweepCpuRatio", round3(sweep.cpuMs() / reminders.cpuMs()));
        json.put("duplicates", duplicates);
        json.put("missing", missing);
        json.put("duplicateMessageIds", sink.duplicateMessageIds());
        json.put("statementsPerReminder", round1(reminders.statements()));
        json.put("statementsPerBaselineTimer", round1(sweep.statements()));
        json.put("statementsPerReminderTop", reminderTop);

        return new Phase[] {sweep, reminders};
    }

    // ---------------------------------------------------------------- 1 baseline start

    private Phase baselineStart(int size) throws Exception {
        Window window = new Window();
        parallel(size, i -> check(admin.post("/engine-rest/process-definition/key/benchStartEnd/start",
                "application/json", "{}"), 200, "start benchStartEnd"));
        return window.end(size, 0, 0, 0);
    }

    // ---------------------------------------------------------------- 2 bulk start

    private static String roundTag(int round) {
        return "r" + round;
    }

    private static int firstNumber(int round) {
        return (round + 1) * 100_000 + 1;
    }

    private String coachName(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
    }

    /** Imports {@code size} new coaches (registered 2012-2021, so each needs a transition case); returns coaches/s. */
    private double importCoaches(int round, int size) {
        StringBuilder csv = new StringBuilder(
                "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional,postalCode\n");
        for (int i = 0; i < size; i++) {
            String[] city = CITIES[random.nextInt(CITIES.length)];
            csv.append("SMR-%06d,%s,%sc%d@bench.example,%s,%d-%02d-%02d,%s,%s,%s %s\n".formatted(
                    firstNumber(round) + i, coachName(random.nextInt(FIRST.length * LAST.length)), roundTag(round),
                    i, city[0], 2012 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(5) == 0 ? "BASIS;EXTRA_ZWANGER" : "BASIS", random.nextBoolean(), city[1],
                    (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26))));
        }
        long t0 = System.nanoTime();
        check(admin.post("/api/coaches/import", "text/csv", csv.toString()), 200, "import");
        coachesInRegister += size;
        return size / secondsSince(t0);
    }

    /** POST /api/transition-cases; returns {cases/s with letters, cases opened/s, statements per case}. */
    private Phase bulkStart(int round, int size) throws Exception {
        String keys = businessKeys(round, size);
        sampler.sample(true);
        Window window = new Window();
        HttpResponse<String> response = check(admin.post("/api/transition-cases", null, null), 202, "bulk start");
        JsonNode run = new ObjectMapper().readTree(response.body());
        if (run.path("toStart").asInt() != size) {
            throw new IllegalStateException("bulk start selected " + run.path("toStart") + ", expected " + size
                    + ": " + response.body());
        }
        double[] opened = {0};
        await("bulk start round " + round, size, () -> {
            if (opened[0] == 0 && casesOpened(keys) == size) {
                opened[0] = window.seconds();
            }
            return sink.count("start", roundTag(round)) >= size && messageJobs() == 0
                    && atReminderTimer(keys) == size;
        }, () -> "letters " + sink.count("start", roundTag(round)) + "/" + size + ", message jobs " + messageJobs()
                + ", at the first timer " + atReminderTimer(keys));
        Phase phase = window.end(size, 0, 0, 0);
        sampler.sample(false);
        return new Phase(phase.rate(), phase.statements(), phase.jobs(), phase.appCpuMs(), phase.dbCpuMs(),
                opened[0] == 0 ? phase.rate() : size / opened[0], 0, 0);
    }

    private static String businessKeys(int round, int size) {
        return "business_key_ BETWEEN 'TRANS-SMR-%06d' AND 'TRANS-SMR-%06d'".formatted(firstNumber(round),
                firstNumber(round) + size - 1);
    }

    private int casesOpened(String keys) {
        return db.queryForObject("SELECT COUNT(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ AND " + keys,
                Integer.class);
    }

    private int atReminderTimer(String keys) {
        return db.queryForObject("SELECT COUNT(*) FROM act_ru_job j WHERE j.type_ = 'timer' AND " + AT_REMINDER_TIMER
                + " AND j.process_instance_id_ IN (SELECT id_ FROM act_ru_execution WHERE id_ = proc_inst_id_ AND "
                + keys + ")", Integer.class);
    }

    private int messageJobs() {
        return db.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'", Integer.class);
    }

    // ---------------------------------------------------------------- 3 baseline sweep

    /** N no-op timers made due at once; returns {jobs/s, statements per job}. */
    private Phase baselineSweep(int size) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        for (int i = 0; i < size; i++) {
            runtime.startProcessInstanceByKey("benchTimer");
        }
        Window window = new Window();
        int due = db.update("UPDATE act_ru_job SET duedate_ = ? WHERE process_def_key_ = 'benchTimer'",
                new Timestamp(System.currentTimeMillis() - 1000));
        engine.getJobExecutor().jobWasAdded();
        if (due != size) {
            throw new IllegalStateException(due + " timers made due, expected " + size);
        }
        await("baseline sweep", size, () -> db.queryForObject(
                "SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = 'benchTimer'", Integer.class) == 0,
                () -> db.queryForObject("SELECT COUNT(*) FROM act_ru_job WHERE process_def_key_ = 'benchTimer'",
                        Integer.class) + " timers left");
        return window.end(size, 0, 0, 0);
    }

    // ---------------------------------------------------------------- 4 reminder sweep

    /** The first reminder of this round's cases falls due; returns {reminders/s, statements each, duplicates, missing}. */
    private Phase reminderSweep(int round, int size) {
        String keys = businessKeys(round, size);
        String ofRound = " AND j.process_instance_id_ IN (SELECT id_ FROM act_ru_execution WHERE id_ = proc_inst_id_"
                + " AND " + keys + ")";
        sampler.sample(true);
        Window window = new Window();
        int due = db.update("UPDATE act_ru_job j SET duedate_ = ? WHERE j.type_ = 'timer' AND " + AT_REMINDER_TIMER
                + ofRound, new Timestamp(System.currentTimeMillis() - 1000));
        engine.getJobExecutor().jobWasAdded();
        if (due != size) {
            throw new IllegalStateException(due + " reminder timers made due, expected " + size);
        }
        String tag = roundTag(round);
        await("reminder sweep round " + round, size, () -> sink.count("reminder", tag) >= size
                && messageJobs() == 0 && db.queryForObject("SELECT COUNT(*) FROM act_ru_job j WHERE j.type_ = 'timer'"
                        + " AND j.duedate_ <= now() AND " + AT_REMINDER_TIMER + ofRound, Integer.class) == 0,
                () -> "reminders " + sink.count("reminder", tag) + "/" + size + ", message jobs " + messageJobs());
        Phase phase = window.end(size, 0, sink.duplicates("reminder", tag), sink.missing("reminder", tag, size));
        sampler.sample(false);
        // late duplicates would come from a second run of a job: none is left, so the counts are final
        return phase;
    }

    // ---------------------------------------------------------------- 5 + 6 queries

    /**
     * Evidence for the cases {@code from} (inclusive) to {@code to} (exclusive) of round 1 through the portal API: each
     * case gets a case worker's review task; returns when {@code to} review tasks are open.
     */
    private void openCaseWorkerTasks(int from, int to) throws Exception {
        int count = to - from;
        BenchClient portal = new BenchClient(baseUrl).apiKey(PORTAL_KEY);
        String supervisor = "SMR-%06d".formatted(firstNumber(0));
        long t0 = System.nanoTime();
        parallel(count, k -> {
            int i = from + k;
            String boundary = "----bench" + i;
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"supervisorRegistrationNumber\""
                    + "\r\n\r\n" + supervisor + "\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
                    + " name=\"certificates\"; filename=\"certificaat.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] body = new byte[head.length + PDF.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(PDF, 0, body, head.length, PDF.length);
            System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);
            check(portal.postBytes("/api/transition-cases/TRANS-SMR-%06d/evidence".formatted(firstNumber(1) + i),
                    "multipart/form-data; boundary=" + boundary, body, "application/json"), 200, "evidence");
        });
        double submitted = count / secondsSince(t0);
        await("review tasks", count, () -> messageJobs() == 0 && reviewTasks() >= to,
                () -> "review tasks " + reviewTasks() + "/" + to + ", message jobs " + messageJobs());
        figure("  evidence", "%d submissions at %.1f/s (portal API), %d open review tasks for case workers after %.1f s",
                count, submitted, reviewTasks(), secondsSince(t0));
    }

    private int reviewTasks() {
        return db.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = 'userTask_reviewEvidence'",
                Integer.class);
    }

    /**
     * Figures 5 and 6. The case workers' list is measured at a tenth, a quarter, half and all of N open tasks, each time
     * against the version call and against the engine's own part of it (below), so that the figures show how the list
     * grows with the tasks it holds and how much of it is Camunda's query before any HTTP, HAL or Tasklist code.
     */
    private void queries() throws Exception {
        BenchClient caseworker = new BenchClient(baseUrl).basic(CASEWORKER, CASEWORKER_PASSWORD);
        BenchClient tasklist = new BenchClient(baseUrl);
        tasklist.webappLogin(CASEWORKER, CASEWORKER_PASSWORD);
        JsonNode filters = readJson(check(tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task",
                "application/json"), 200, "filters"));
        String filterId = null;
        for (JsonNode filter : filters) {
            if (filter.path("name").asText().equals("Dossiers KABIZ")) {
                filterId = filter.path("id").asText();
            }
        }
        if (filterId == null) {
            throw new IllegalStateException("filter Dossiers KABIZ not visible to case workers: " + filters);
        }
        String list = "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
        // what Tasklist posts for the filter's list (its sorting: the filter's own, due date ascending)
        String filterBody = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
        // the webapp's REST and HAL code needs a few hundred calls before the JIT has compiled it: a probe measured
        // the filter list at ~150 ms after 30 calls and 25-30 ms after ~400 (issue 12), so warm the queries up well
        int warm = Integer.getInteger("benchmark.query-warmup", 400);
        Runnable engineList = engineListOf(filterId);
        Runnable listRequest = () -> check(tasklist.webappPost(list, filterBody), 200, "task query");
        List<Map<String, Object>> bySize = new ArrayList<>();
        int open = 0;
        for (int size : new int[] {n / 10, n / 4, n / 2}) {
            if (size > open) {
                openCaseWorkerTasks(open, size);
                open = size;
                ListSampler atSize = new ListSampler(caseworker, listRequest, engineList);
                for (int i = 0; i < warm + samples; i++) {
                    atSize.sample(i >= warm);
                }
                bySize.add(atSize.json(reviewTasks()));
                warm = Math.min(warm, 100);
            }
        }
        openCaseWorkerTasks(open, n);

        JsonNode page = readJson(check(tasklist.webappPost(list, filterBody), 200, "filter list"));
        int total = page.path("count").asInt();
        JsonNode firstTask = page.path("_embedded").path("task").path(0);
        if (total < n || !firstTask.path("_embedded").path("variable").isArray()) {
            throw new IllegalStateException("filter shows " + total + " tasks, expected >= " + n + ": "
                    + page.toString().substring(0, Math.min(800, page.toString().length())));
        }
        String[] searchNames = Arrays.stream(LAST).limit(20).toArray(String[]::new);
        String[][] publicQueries = publicQueries();
        ListSampler atN = new ListSampler(caseworker, listRequest, engineList);
        List<Double> nameSearch = new ArrayList<>();
        List<Double> publicSearch = new ArrayList<>();
        BenchClient anonymous = new BenchClient(baseUrl);
        for (int i = 0; i < warm + samples; i++) {
            boolean keep = i >= warm;
            atN.sample(keep);
            String name = searchNames[i % searchNames.length];
            String search = "{\"processVariables\":[{\"name\":\"coachName\",\"operator\":\"like\",\"value\":\"%"
                    + name + "%\"}],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                    + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
            time(keep ? nameSearch : null, () -> check(tasklist.webappPost(list, search), 200, "name search"));
            String[] query = publicQueries[i % publicQueries.length];
            time(keep ? publicSearch : null, () -> check(anonymous.get("/api/public/coaches?" + query[1],
                    "application/json"), 200, "public search " + query[0]));
        }
        bySize.add(atN.json(total));
        List<Double> version = atN.version();
        List<Double> taskQuery = atN.taskQuery();
        List<Double> engineQuery = atN.engine();
        double versionP95 = percentile(version, 95);
        figure("5 version call", "median %.1f ms, p95 %.1f ms (GET /engine-rest/version, HTTP Basic; %d samples)",
                percentile(version, 50), versionP95, samples);
        figure("5 case-worker task query", "median %.1f ms, p95 %.1f ms (filter 'Dossiers KABIZ' list as Tasklist posts it,"
                + " 15 per page with the card variables, %d open tasks)", percentile(taskQuery, 50),
                percentile(taskQuery, 95), total);
        figure("5   of which the engine", "median %.1f ms, p95 %.1f ms = %.1fx the version call p95 (the filter's count"
                + " and first page through FilterService, in-process, as the case worker: Camunda's two queries without"
                + " HTTP, HAL, variables or Tasklist)", percentile(engineQuery, 50), percentile(engineQuery, 95),
                percentile(engineQuery, 95) / versionP95);
        figure("5   by open tasks", "%s", bySize.stream().map(m -> String.format(Locale.ROOT,
                "%,d tasks: list p95 %.1f ms = %.1fx (engine %.1f ms = %.1fx; version p95 %.1f ms)",
                m.get("openTasks"), m.get("taskQueryP95Ms"), m.get("taskQueryP95Ratio"), m.get("engineP95Ms"),
                m.get("engineP95Ratio"), m.get("versionP95Ms"))).collect(Collectors.joining("; ")));
        figure("5 search by coach name", "median %.1f ms, p95 %.1f ms (the filter with processVariables coachName like"
                + " %%<surname>%%)", percentile(nameSearch, 50), percentile(nameSearch, 95));
        figure("6 public register search", "median %.1f ms, p95 %.1f ms (/api/public/coaches: name, city, postal code,"
                + " need, whole register; %d coaches, rate limit raised in application-benchmark.yaml)",
                percentile(publicSearch, 50), percentile(publicSearch, 95), coachesInRegister);
        json.put("openTasks", total);
        json.put("coachesInRegister", coachesInRegister);
        json.put("versionMedianMs", round1(percentile(version, 50)));
        json.put("versionP95Ms", round1(versionP95));
        json.put("taskQueryMedianMs", round1(percentile(taskQuery, 50)));
        json.put("taskQueryP95Ms", round1(percentile(taskQuery, 95)));
        json.put("taskQueryEngineMedianMs", round1(percentile(engineQuery, 50)));
        json.put("taskQueryEngineP95Ms", round1(percentile(engineQuery, 95)));
        json.put("taskQueryEngineP95Ratio", round3(percentile(engineQuery, 95) / versionP95));
        json.put("taskQueryBySize", bySize);
        json.put("taskSearchMedianMs", round1(percentile(nameSearch, 50)));
        json.put("taskSearchP95Ms", round1(percentile(nameSearch, 95)));
        json.put("publicSearchMedianMs", round1(percentile(publicSearch, 50)));
        json.put("publicSearchP95Ms", round1(percentile(publicSearch, 95)));
        json.put("taskQueryP95Ratio", round3(percentile(taskQuery, 95) / versionP95));
        json.put("taskSearchP95Ratio", round3(percentile(nameSearch, 95) / versionP95));
        json.put("publicSearchP95Ratio", round3(percentile(publicSearch, 95) / versionP95));
    }

    /**
     * What the engine does for one list request, without the web: the filter's count and its first page of 15, as
     * the case worker (authorization checks as in Tasklist).
     */
    private Runnable engineListOf(String filterId) {
        FilterService filterService = app.getBean(FilterService.class);
        IdentityService identityService = app.getBean(IdentityService.class);
        return () -> {
            identityService.setAuthentication(CASEWORKER, List.of("caseworkers"));
            try {
                filterService.count(filterId);
                filterService.listPage(filterId, 0, 15);
            } finally {
                identityService.clearAuthentication();
            }
        };
    }

    /** The version call, the case workers' list and the engine's part of it, timed one after the other. */
    private record ListSampler(BenchClient caseworker, Runnable listRequest, Runnable engineList,
            List<Double> version, List<Double> taskQuery, List<Double> engine) {

        ListSampler(BenchClient caseworker, Runnable listRequest, Runnable engineList) {
            this(caseworker, listRequest, engineList, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        /** One call of each; kept only after the warm-up. */
        void sample(boolean keep) {
            time(keep ? version : null, () -> check(caseworker.get("/engine-rest/version", "application/json"), 200,
                    "version"));
            time(keep ? taskQuery : null, listRequest);
            time(keep ? engine : null, engineList);
        }

        Map<String, Object> json(int openTasks) {
            double versionP95 = percentile(version, 95);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("openTasks", openTasks);
            figures.put("versionP95Ms", round1(versionP95));
            figures.put("taskQueryMedianMs", round1(percentile(taskQuery, 50)));
            figures.put("taskQueryP95Ms", round1(percentile(taskQuery, 95)));
            figures.put("taskQueryP95Ratio", round3(percentile(taskQuery, 95) / versionP95));
            figures.put("engineMedianMs", round1(percentile(engine, 50)));
            figures.put("engineP95Ms", round1(percentile(engine, 95)));
            figures.put("engineP95Ratio", round3(percentile(engine, 95) / versionP95));
            return figures;
        }
    }

    private String[][] publicQueries() {
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String last = LAST[random.nextInt(LAST.length)];
            String word = last.substring(last.lastIndexOf(' ') + 1);
            queries.add(new String[] {"name", "name=" + word});
            queries.add(new String[] {"city", "city=" + CITIES[random.nextInt(CITIES.length)][0].replace(" ", "%20")});
            queries.add(new String[] {"postalCode", "postalCode=" + CITIES[random.nextInt(CITIES.length)][1]});
        }
        queries.add(new String[] {"need", "need=EXTRA_ZWANGER"});
        queries.add(new String[] {"need+city", "need=EXTRA_ZWANGER&city=Utrecht"});
        queries.add(new String[] {"all", ""});
        queries.add(new String[] {"all page 5", "page=5"});
        queries.add(new String[] {"name+city", "name=anna&city=Delft"});
        return queries.toArray(String[][]::new);
    }

    // ---------------------------------------------------------------- helpers

    /** Runs {@code count} calls on {@link #clients} threads. */
    private void parallel(int count, IntConsumer call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        call.accept(i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for the condition (polled every 100 ms); the time-out grows with the work. */
    private static void await(String what, int size, BooleanSupplier done, Supplier<String> state) {
        long timeoutSeconds = 300 + size / 5L;
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long report = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > report) {
                progress("waiting for %s: %s", what, state.get());
                report = System.nanoTime() + 30_000_000_000L;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not done within " + timeoutSeconds + " s: " + state.get());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void time(List<Double> into, Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        if (into != null) {
            into.add((System.nanoTime() - t0) / 1e6);
        }
    }

    private static JsonNode readJson(HttpResponse<String> response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String rates(List<Phase> phases) {
        return phases.stream().map(p -> String.format(Locale.ROOT, "%.1f", p.rate())).toList().toString();
    }

    /** The round with the median rate (its costs with it). */
    private static Phase medianPhase(List<Phase> phases) {
        List<Phase> sorted = phases.stream().sorted(java.util.Comparator.comparingDouble(Phase::rate)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static String cost(Phase phase) {
        return String.format(Locale.ROOT, "%.1f statements, %.2f jobs, CPU %.1f ms app + %.1f ms db", phase.statements(),
                phase.jobs(), phase.appCpuMs(), phase.dbCpuMs());
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private void figure(String name, String format, Object... args) {
        String line = "BENCHMARK " + name + ": " + String.format(Locale.ROOT, format, args);
        lines.add(line);
        System.out.println(line);
    }

    private static void progress(String format, Object... args) {
        System.out.println("benchmark " + String.format(Locale.ROOT, format, args));
    }

    private void writeJson() throws Exception {
        json.put("lines", lines);
        Path file = Path.of("target", "benchmark.json");
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        System.out.println("BENCHMARK figures written to " + file.toAbsolutePath());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
