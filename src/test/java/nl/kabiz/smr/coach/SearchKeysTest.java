package nl.kabiz.smr.coach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void keysIgnoreCaseAccentsAndPunctuation() {
        assertThat(SearchKeys.key("Ré van  Dijk-Smit")).isEqualTo("re van dijk smit");
        assertThat(SearchKeys.key("'s-Hertogenbosch")).isEqualTo("s hertogenbosch");
        assertThat(SearchKeys.key("Özdemir Yılmaz")).isEqualTo("ozdemir yilmaz");
        assertThat(SearchKeys.words("Anna de Vries-de Vries")).containsExactly("anna", "de", "vries");
    }

    @Test
    void theUpperBoundClosesThePrefixRange() {
        assertThat(SearchKeys.upperBound("jan")).isEqualTo("jao");
        assertThat(SearchKeys.upperBound("jaz")).isEqualTo("jb");
        assertThat(SearchKeys.upperBound("a9")).isEqualTo("aa");
        assertThat(SearchKeys.upperBound("zz")).isNull();
        assertThat("jansen").isGreaterThanOrEqualTo("jan").isLessThan(SearchKeys.upperBound("jan"));
    }
}
