package nl.kabiz.smr.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.system.ReferenceCounter;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register's rules for EXTRA modules and Rookvrije Ouders (issue 10) on the real tables (H2 with the
 * migrations): an EXTRA module rests on BASIS and records its profile version and day; only a holder of
 * EXTRA-Zwanger takes part in Rookvrije Ouders; when BASIS ends, EXTRA modules and Rookvrije Ouders end with it,
 * recorded with the day and the reason, and the register says what ended.
 */
class CoachRegisterExtraModulesTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** One database for the class (every test uses registration numbers of its own). */
    private static JdbcTemplate jdbc;
    private static ReferenceCounter counter;

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
    private CoachRegister register;

    @BeforeAll
    static void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).table("smr_schema_history").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        counter = mock(ReferenceCounter.class);
    }

    @BeforeEach
    void register() {
        register = new CoachRegister(new CoachRepository(jdbc), counter, clock);
    }

    @Test
    void anExtraModuleRecordsItsProfileVersionAndDayAndNeedsActiveBasis() {
        save("SMR-500001", basis());
        Coach coach = register.grantModule("SMR-500001", Module.EXTRA_ZWANGER, "2.6");
        assertThat(coach.module(Module.EXTRA_ZWANGER)).hasValue(
                new Coach.CoachModule(Module.EXTRA_ZWANGER, today(), null, "2.6", null));
        assertThat(register.find("SMR-500001").orElseThrow().holds(Module.EXTRA_ZWANGER, today())).isTrue();

        // no BASIS today: refused with a reason
        save("SMR-500002", List.of(new Coach.CoachModule(Module.BASIS, LocalDate.of(2015, 1, 1), today().minusDays(1),
                "2.6")));
        assertThatThrownBy(() -> register.grantModule("SMR-500002", Module.EXTRA_ZWANGER, "2.6"))
                .isInstanceOf(CaseConflict.class)
                .hasMessageContaining("geen actieve BASIS-registratie");
        assertThatThrownBy(() -> register.grantModule("SMR-500001", Module.EXTRA_PSYCHIATRIE, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> register.grantModule("SMR-599999", Module.EXTRA_ZWANGER, "2.6"))
                .isInstanceOf(CaseNotFound.class);
    }

    @Test
    void onlyAHolderOfExtraZwangerTakesPartInRookvrijeOudersAndJoiningAgainKeepsTheFirstDay() {
        save("SMR-500003", basis());
        assertThatThrownBy(() -> register.joinRookvrijeOuders("SMR-500003"))
                .isInstanceOf(CaseConflict.class)
                .hasMessageContaining("EXTRA-Zwanger");
        register.grantModule("SMR-500003", Module.EXTRA_ZWANGER, "2.6");
        LocalDate first = today();
        assertThat(register.joinRookvrijeOuders("SMR-500003")).isEqualTo(new RookvrijeOuders(first, null, null));
        clock.plusDays(3);
        assertThat(register.joinRookvrijeOuders("SMR-500003").since()).isEqualTo(first);
        assertThat(register.rookvrijeOudersHistory("SMR-500003")).hasSize(1);

        // leaving is recorded with the day and the reason; leaving again changes nothing
        assertThat(register.leaveRookvrijeOuders("SMR-500003"))
                .hasValue(new RookvrijeOuders(first, today(), CoachRegister.LEFT_BY_CHOICE));
        assertThat(register.currentRookvrijeOuders("SMR-500003")).isEmpty();
        assertThat(register.leaveRookvrijeOuders("SMR-500003")).isEmpty();

        // joining later is a new period; the same day again reopens it
        clock.plusDays(10);
        register.joinRookvrijeOuders("SMR-500003");
        register.leaveRookvrijeOuders("SMR-500003");
        register.joinRookvrijeOuders("SMR-500003");
        assertThat(register.rookvrijeOudersHistory("SMR-500003")).containsExactly(
                new RookvrijeOuders(first, first.plusDays(3), CoachRegister.LEFT_BY_CHOICE),
                new RookvrijeOuders(today(), null, null));
        assertThat(publicRegisterColumn("SMR-500003")).isEqualTo(today());
    }

    @Test
    void whenBasisEndsExtraModulesAndRookvrijeOudersEndWithItRecordedWithDayAndReason() {
        LocalDate zwangerSince = LocalDate.of(2019, 6, 1);
        save("SMR-500004", List.of(new Coach.CoachModule(Module.BASIS, LocalDate.of(2015, 1, 1), null, "2.6"),
                new Coach.CoachModule(Module.EXTRA_ZWANGER, zwangerSince, null, "2.6"),
                // ended before, for its own reason: stays as it is
                new Coach.CoachModule(Module.EXTRA_PSYCHIATRIE, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1),
                        "1.0", "Eigen verzoek")));
        LocalDate joined = today();
        register.joinRookvrijeOuders("SMR-500004");
        clock.plusDays(30);
        String reason = "Termijn van de overgangsregeling verstreken";

        CoachRegister.EndedRegistration ended = register.endRegistration("SMR-500004", reason);

        String dependent = "Vervallen met de BASIS-registratie: " + reason;
        assertThat(ended.endedOn()).isEqualTo(today());
        assertThat(ended.reason()).isEqualTo(reason);
        assertThat(ended.endedExtraModules()).containsExactly(
                new Coach.CoachModule(Module.EXTRA_ZWANGER, zwangerSince, today(), "2.6", dependent));
        assertThat(ended.rookvrijeOuders()).isEqualTo(new RookvrijeOuders(joined, today(), dependent));
        assertThat(ended.endedMoreThanBasis()).isTrue();
        assertThat(ended.endedLabels()).containsExactly("EXTRA-Zwanger", "Rookvrije Ouders");

        // recorded: the coach, every module, the participation
        Coach stored = register.find("SMR-500004").orElseThrow();
        assertThat(stored.status()).isEqualTo(CoachStatus.ENDED);
        assertThat(stored.endedOn()).isEqualTo(today());
        assertThat(stored.module(Module.BASIS).orElseThrow().endReason()).isEqualTo(reason);
        assertThat(stored.module(Module.EXTRA_ZWANGER).orElseThrow())
                .isEqualTo(new Coach.CoachModule(Module.EXTRA_ZWANGER, zwangerSince, today(), "2.6", dependent));
        assertThat(stored.module(Module.EXTRA_PSYCHIATRIE).orElseThrow().endReason()).isEqualTo("Eigen verzoek");
        assertThat(stored.holds(Module.EXTRA_ZWANGER, today())).isFalse();
        assertThat(jdbc.queryForObject("SELECT end_reason FROM coach WHERE registration_number = 'SMR-500004'",
                String.class)).isEqualTo(reason);
        assertThat(register.rookvrijeOudersHistory("SMR-500004"))
                .containsExactly(new RookvrijeOuders(joined, today(), dependent));
        assertThat(register.currentRookvrijeOuders("SMR-500004")).isEmpty();
        assertThat(publicRegisterColumn("SMR-500004")).isNull();

        // ending again ends nothing more and keeps the first day
        clock.plusDays(1);
        CoachRegister.EndedRegistration again = register.endRegistration("SMR-500004", "nogmaals");
        assertThat(again.endedOn()).isEqualTo(today().minusDays(1));
        assertThat(again.endedMoreThanBasis()).isFalse();
        assertThat(register.find("SMR-500004").orElseThrow().module(Module.BASIS).orElseThrow().endReason())
                .isEqualTo(reason);
    }

    @Test
    void aCoachIsInTransitionWhileTheCaseHasADeadline() {
        save("SMR-500007", basis());
        assertThat(register.transitionUntil("SMR-500007")).isEmpty();
        register.recordTransitionDeadline("SMR-500007", LocalDate.of(2029, 1, 1));
        assertThat(register.transitionUntil("SMR-500007")).hasValue(LocalDate.of(2029, 1, 1));
        register.recordQualification("SMR-500007", "2.6");
        assertThat(register.transitionUntil("SMR-500007")).isEmpty();
        assertThat(register.transitionUntil("SMR-599999")).isEmpty();
    }

    @Test
    void aBasisOnlyCoachEndsWithTheDefaultReasonAndNothingElse() {
        save("SMR-500005", basis());
        CoachRegister.EndedRegistration ended = register.endRegistration("SMR-500005");
        assertThat(ended.reason()).isEqualTo(CoachRegister.DEFAULT_END_REASON);
        assertThat(ended.endedExtraModules()).isEmpty();
        assertThat(ended.rookvrijeOuders()).isNull();
        assertThat(ended.endedMoreThanBasis()).isFalse();
        assertThat(ended.endedLabels()).isEmpty();
    }

    @Test
    void endingExtraZwangerAloneEndsRookvrijeOuders() {
        save("SMR-500006", basis());
        register.grantModule("SMR-500006", Module.EXTRA_ZWANGER, "2.6");
        register.joinRookvrijeOuders("SMR-500006");
        clock.plusDays(5);
        RookvrijeOuders ended = register.endModule("SMR-500006", Module.EXTRA_ZWANGER, "Eigen verzoek");
        assertThat(ended.until()).isEqualTo(today());
        assertThat(ended.endReason()).isEqualTo("Vervallen met EXTRA-Zwanger: Eigen verzoek");
        Coach coach = register.find("SMR-500006").orElseThrow();
        assertThat(coach.isActive()).isTrue();
        assertThat(coach.module(Module.EXTRA_ZWANGER).orElseThrow().endReason()).isEqualTo("Eigen verzoek");
        assertThat(coach.holds(Module.EXTRA_ZWANGER, today().plusDays(1))).isFalse();
        assertThatThrownBy(() -> register.endModule("SMR-500006", Module.BASIS, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<Coach.CoachModule> basis() {
        return List.of(new Coach.CoachModule(Module.BASIS, LocalDate.of(2015, 1, 1), null, "2.6"));
    }

    private void save(String number, List<Coach.CoachModule> modules) {
        register.save(new Coach(number, "Coach " + number, number.toLowerCase() + "@voorbeeld.nl", "Delft", "2611",
                LocalDate.of(2015, 1, 1), true, CoachStatus.ACTIVE, null, null, "2.6", LocalDate.of(2023, 1, 1),
                modules));
    }

    /** What the public register reads: {@code coach.rookvrije_ouders_since}. */
    private LocalDate publicRegisterColumn(String number) {
        return jdbc.queryForObject("SELECT rookvrije_ouders_since FROM coach WHERE registration_number = ?",
                LocalDate.class, number);
    }

    /** The register's clock, moved by the test (noon in Amsterdam). */
    private static final class MutableClock extends Clock {
        private LocalDate day;

        MutableClock(LocalDate day) {
            this.day = day;
        }

        void plusDays(int days) {
            day = day.plusDays(days);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return day.atTime(12, 0).atZone(ZONE).toInstant();
        }
    }
}
