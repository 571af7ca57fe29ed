package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code smr.registration.*} refuses periods that would make the procedure meaningless. */
class RegistrationSettingsTest {

    @Test
    void acceptsTheDefaults() {
        RegistrationSettings settings = new RegistrationSettings("P14D", "P28D", "P14D", "P28D", 18, 80);
        assertThat(settings.documentReminder()).isEqualTo("P14D");
        assertThat(settings.documentDeadlineDuration()).isEqualTo(Duration.ofDays(28));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RegistrationSettings("two weeks", "P28D", "P14D", "P28D", 18, 80))
                .hasMessageContaining("document-reminder");
        assertThatThrownBy(() -> new RegistrationSettings("P28D", "P14D", "P14D", "P28D", 18, 80))
                .hasMessageContaining("shorter than document-deadline");
        assertThatThrownBy(() -> new RegistrationSettings("P14D", "P28D", "P28D", "P14D", 18, 80))
                .hasMessageContaining("shorter than assessment-escalation");
        assertThatThrownBy(() -> new RegistrationSettings("P14D", "P28D", "P14D", "P28D", 18, 10))
                .hasMessageContaining("age");
    }
}
