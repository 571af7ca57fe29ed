package nl.kabiz.smr.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.kabiz.smr.support.InUtc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates as a person reads and types them, whatever the JVM's zone: the servers run in UTC, where midnight in
 * Amsterdam is still the day before (the "one day early" emails of issue 7).
 */
@InUtc
class RegisterTimeTest {


    @Test
    void midnightInAmsterdamIsThatDayNotTheDayBefore() {
        Date deadline = Date.from(LocalDate.of(2029, 11, 23).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(RegisterTime.longDate(deadline)).isEqualTo("23 november 2029");
        Date summer = Date.from(LocalDate.of(2032, 7, 5).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(RegisterTime.longDate(summer)).isEqualTo("5 juli 2032");
    }

    @Test
    void isoDaysAndLocalDatesReadAsLongDutchDates() {
        assertThat(RegisterTime.longDate("2013-01-24")).isEqualTo("24 januari 2013");
        assertThat(RegisterTime.longDate(LocalDate.of(2026, 3, 1))).isEqualTo("1 maart 2026");
        assertThat(RegisterTime.longDate(null)).isEmpty();
        assertThat(RegisterTime.longDate("geen datum")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"23-11-2030, 2030-11-23", "1-2-2030, 2030-02-01", "23/11/2030, 2030-11-23", "23.11.2030, 2030-11-23",
            "2030-11-23, 2030-11-23", "2030-11-23T00:00:00, 2030-11-23", "' 05-07-2032 ', 2032-07-05"})
    void typedDaysAreReadAsMeant(String typed, String day) {
        assertThat(RegisterTime.parseTypedDay("newDeadline", typed)).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/31/2030", "31-02-2030", "2030-02-30", "23-11-30", "morgen", "2030/11/23", "0-1-2030"})
    void impossibleOrAmericanDatesAreRefusedInDutch(String typed) {
        assertThatThrownBy(() -> RegisterTime.parseTypedDay("newDeadline", typed))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("geen geldige datum")
                .hasMessageContaining("dd-mm-jjjj")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("newDeadline"));
    }

    @Test
    void anEmptyDateIsRefused() {
        assertThatThrownBy(() -> RegisterTime.parseTypedDay("newDeadline", " ")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Vul een datum in");
    }
}
