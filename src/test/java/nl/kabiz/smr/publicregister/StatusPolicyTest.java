package nl.kabiz.smr.publicregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class StatusPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    final StatusPolicy policy = new StatusPolicy(Period.ofYears(1));

    @Test
    void anActiveCoachIsRegistered() {
        assertThat(policy.status(true, null, null, TODAY)).hasValueSatisfying(s -> {
            assertThat(s.code()).isEqualTo(PublicStatus.Code.REGISTERED);
            assertThat(s.label()).isEqualTo("geregistreerd");
        });
    }

    @Test
    void anOpenTransitionShowsItsDeadlineInDutch() {
        assertThat(policy.status(true, null, LocalDate.of(2027, 7, 1), TODAY)).hasValueSatisfying(s -> {
            assertThat(s.code()).isEqualTo(PublicStatus.Code.IN_TRANSITION);
            assertThat(s.label()).isEqualTo("geregistreerd, in overgangsregeling tot 1 juli 2027");
            assertThat(s.transitionUntil()).isEqualTo(LocalDate.of(2027, 7, 1));
        });
    }

    @Test
    void anEndedRegistrationIsShownForTheConfiguredPeriodOnly() {
        assertThat(policy.status(false, LocalDate.of(2026, 3, 2), null, TODAY)).hasValueSatisfying(s -> {
            assertThat(s.code()).isEqualTo(PublicStatus.Code.ENDED);
            assertThat(s.label()).isEqualTo("registratie beëindigd op 2 maart 2026");
        });
        assertThat(policy.status(false, TODAY.minusYears(1), null, TODAY)).isPresent();
        assertThat(policy.status(false, TODAY.minusYears(1).minusDays(1), null, TODAY)).isEmpty();
        assertThat(new StatusPolicy(Period.ZERO).status(false, TODAY.minusDays(1), null, TODAY)).isEmpty();
    }
}
