package nl.kabiz.smr.publicregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.kabiz.smr.coach.SearchKeys;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import nl.kabiz.smr.support.Indexes;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The public register at 10,000 coaches: every filter has an index (asserted on the schema), the query plans are
 * logged, and the search latency is measured and logged (never asserted: timings depend on the machine).
 */
@TestPropertySource(properties = "smr.public-register.rate-limit.requests=100000")
class PublicRegisterScaleIT extends AbstractIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(PublicRegisterScaleIT.class);
    static final int COACHES = 10_000;
    static final String[] FIRST = {"Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gert", "Hanna", "Ilse", "Joost",
        "Kees", "Lotte", "Mohamed", "Noor", "Okke", "Petra", "Quinten", "Rosa", "Sem", "Tess"};
    static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
        "Smits", "de Graaf", "Yılmaz", "van den Berg", "Kuipers", "Veenstra", "Jacobs"};
    static final String[] CITIES = {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg",
        "Almere", "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zwolle",
        "Leiden", "Maastricht", "Dordrecht", "Zoetermeer"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void tenThousandCoachesAreSearchedThroughIndexes() throws Exception {
        insertCoaches();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coach", Integer.class)).isGreaterThanOrEqualTo(COACHES);

        // one index per filter (and for the order)
        assertThat(Indexes.columns(dataSource, "coach")).contains("name_key", "city_key", "postal_area", "status",
                "rookvrije_ouders_since", "registration_number");
        assertThat(Indexes.columns(dataSource, "coach_module")).contains("module");
        assertThat(Indexes.columns(dataSource, "coach_name_word")).contains("word", "registration_number");

        List<String> searches = List.of("name=jansen", "name=de+vr", "name=anna+berg", "registrationNumber=SMR-305000",
                "city=Utrecht", "postalCode=3511", "need=EXTRA_ZWANGER", "city=Groningen&need=EXTRA_PSYCHIATRIE",
                "need=ROOKVRIJE_OUDERS&postalCode=1012", "", "page=400");
        for (String query : searches) {
            rest.getForEntity("/api/public/coaches?" + query, String.class); // warm-up
        }
        for (String query : searches) {
            int runs = 5;
            long start = System.nanoTime();
            ResponseEntity<Map> response = null;
            for (int i = 0; i < runs; i++) {
                response = rest.getForEntity("/api/public/coaches?" + query, Map.class);
            }
            long micros = (System.nanoTime() - start) / 1000 / runs;
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            LOG.info("MEASURED public register at {} coaches, GET /api/public/coaches?{}: {} found, {} ms per request"
                    + " (HTTP round trip)", COACHES, query, response.getBody().get("totalElements"), micros / 1000.0);
        }
        assertThat(rest.getForEntity("/api/public/coaches?name=jansen", Map.class).getBody().get("totalElements"))
                .isEqualTo(COACHES / LAST.length);
        String page = rest.getForEntity("/register?city=Utrecht&need=EXTRA_ZWANGER", String.class).getBody();
        assertThat(page).contains("coaches gevonden");

        logPlan("name", "name=jansen");
        logPlan("city + need", "city=Utrecht&need=EXTRA_ZWANGER");
        logPlan("postal area", "postalCode=3511");
    }

    private void logPlan(String label, String query) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv[1].replace('+', ' '));
        }
        CoachSearch search = CoachSearch.of(parameters, 20, 50);
        List<Object> args = new ArrayList<>();
        LocalDate today = LocalDate.now();
        String where = PublicRegisterRepository.where(search, today, today.minusYears(1), args);
        String sql = "EXPLAIN SELECT c.registration_number FROM coach c" + where
                + " ORDER BY c.name_key, c.registration_number";
        List<String> plan = jdbc.query(sql, (rs, i) -> rs.getString(1), args.toArray());
        LOG.info("MEASURED query plan ({}):\n{}", label, String.join("\n", plan));
    }

    /** 10,000 coaches in batches, with the search keys the register writes (SMR-300000 and up). */
    private void insertCoaches() {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> coaches = new ArrayList<>();
        List<Object[]> modules = new ArrayList<>();
        List<Object[]> words = new ArrayList<>();
        for (int i = 0; i < COACHES; i++) {
            String number = "SMR-%06d".formatted(300_000 + i);
            String name = FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
            String city = CITIES[(i / 7) % CITIES.length];
            String postal = Integer.toString(1000 + (i * 37) % 9000);
            boolean ended = i % 50 == 0;
            LocalDate since = LocalDate.of(2012, 1, 1).plusDays(i % 3000);
            coaches.add(new Object[] {number, name, number.toLowerCase(Locale.ROOT) + "@example.nl", city, postal,
                postal, SearchKeys.key(name), SearchKeys.key(city), Date.valueOf(since), true,
                ended ? "ENDED" : "ACTIVE", ended ? Date.valueOf(LocalDate.now().minusDays(i % 700)) : null,
                i % 11 == 0 ? Date.valueOf(LocalDate.now().plusYears(1)) : null,
                i % 13 == 0 ? Date.valueOf(since.plusYears(2)) : null, now, now});
            modules.add(new Object[] {number, "BASIS", Date.valueOf(since)});
            if (i % 5 == 0 || i % 13 == 0) {
                modules.add(new Object[] {number, "EXTRA_ZWANGER", Date.valueOf(since.plusYears(1))});
            }
            if (i % 9 == 0) {
                modules.add(new Object[] {number, "EXTRA_PSYCHIATRIE", Date.valueOf(since.plusYears(3))});
            }
            for (String word : SearchKeys.words(name)) {
                words.add(new Object[] {word, number});
            }
        }
        jdbc.batchUpdate("INSERT INTO coach (registration_number, name, email, city, postal_code, postal_area, name_key,"
                + " city_key, initial_registration_date, healthcare_professional, status, ended_on, transition_until,"
                + " rookvrije_ouders_since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                coaches);
        jdbc.batchUpdate("INSERT INTO coach_module (registration_number, module, valid_from) VALUES (?, ?, ?)", modules);
        jdbc.batchUpdate("INSERT INTO coach_name_word (word, registration_number) VALUES (?, ?)", words);
        if (jdbc.getDataSource() != null) {
            try {
                jdbc.execute("ANALYZE");
            } catch (RuntimeException e) {
                // H2 and PostgreSQL both know ANALYZE; nothing lost if a database does not
            }
        }
    }
}
