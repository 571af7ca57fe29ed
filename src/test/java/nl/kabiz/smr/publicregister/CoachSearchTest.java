package nl.kabiz.smr.publicregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;
import org.junit.jupiter.api.Test;

class CoachSearchTest {

    @Test
    void parametersAreNormalised() {
        CoachSearch search = CoachSearch.of(Map.of("name", " Jánsen-de Vries ", "registrationNumber", "smr000123",
                "city", "'s-Hertogenbosch", "postalCode", "3511 ab", "need", "extra_zwanger", "page", "2", "size", "5"),
                20, 50);
        assertThat(search.nameWords()).containsExactly("jansen", "de", "vries");
        assertThat(search.registrationNumber()).isEqualTo("SMR-000123");
        assertThat(search.cityKey()).isEqualTo("s hertogenbosch");
        assertThat(search.postalArea()).isEqualTo("3511");
        assertThat(search.need()).isEqualTo(Need.EXTRA_ZWANGER);
        assertThat(search.offset()).isEqualTo(5);
    }

    @Test
    void emptyParametersCountAsAbsent() {
        Map<String, String> form = new HashMap<>();
        for (String p : CoachSearch.PARAMETERS) {
            form.put(p, "");
        }
        CoachSearch search = CoachSearch.of(form, 20, 50);
        assertThat(search.hasFilter()).isFalse();
        assertThat(search.page()).isEqualTo(1);
        assertThat(search.size()).isEqualTo(20);
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> CoachSearch.of(Map.of("name", "j", "registrationNumber", "SMR-12", "city", "--",
                "postalCode", "0123", "need", "ZWANGER", "page", "-1", "size", "51"), 20, 50))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.reasons().keySet())
                       .containsExactly("name", "registrationNumber", "city", "postalCode",
                                "need", "page", "size"));
        assertThatThrownBy(() -> CoachSearch.of(Map.of("size", "1e3"), 20, 50)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CoachSearch.of(Map.of("name", "a b c d e f g"), 20, 50))
                .isInstanceOf(RuleViolation.class);
    }
}
