package nl.kabiz.smr.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profiles are data from the sources: BASIS 2.6 has the 7 CanMEDS roles and requirements 1.1 to 7.2. */
class ProfileCatalogTest {

    private final ObjectMapper objectMapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ProfileCatalog catalog = new ProfileCatalog(objectMapper,
            new CompetencySettings(Map.of("BASIS", "2.6", "EXTRA_ZWANGER", "2.6")));

    @Test
    void basisInForceIsVersion26WithSevenRoles() {
        CompetencyProfile basis = catalog.inForce("BASIS");
        assertThat(basis.version()).isEqualTo("2.6");
        assertThat(basis.roles()).extracting(CompetencyProfile.Role::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(basis.codes()).startsWith("1.1").endsWith("7.2").hasSize(27)
                .doesNotContain("1.11", "6.3"); // EXTRA-Zwanger only
        assertThat(basis.requirements()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    }

    @Test
    void extraZwangerAddsToBasisAndOlderVersionsStayReadable() {
        assertThat(catalog.inForce("EXTRA_ZWANGER").codes()).contains("1.11", "6.3");
        assertThat(catalog.find("BASIS", "2.1a")).isPresent();
    }

    @Test
    void aProfileInForceMustExist() {
        assertThatThrownBy(() -> new ProfileCatalog(objectMapper, new CompetencySettings(Map.of("BASIS", "9.9"))))
                .hasMessageContaining("BASIS 9.9");
    }

    @Test
    void positiveJudgementNeedsEveryRequirementAndConfirmedEpas() {
        CompetencyProfile basis = catalog.inForce("BASIS");
        List<String> all = List.copyOf(basis.codes());
        assertThat(AssessmentPolicy.problems(basis, input(basis, all, true, Judgement.POSITIVE))).isEmpty();
        assertThat(AssessmentPolicy.problems(basis, input(basis, all.subList(1, all.size()), true, Judgement.POSITIVE)))
                .singleElement().asString().contains("1.1");
        assertThat(AssessmentPolicy.problems(basis, input(basis, all, false, Judgement.POSITIVE)))
                .singleElement().asString().contains("EPA");
        assertThat(AssessmentPolicy.problems(basis, input(basis, List.of(), false, Judgement.NEGATIVE))).isEmpty();
        assertThat(AssessmentPolicy.problems(basis, input(basis, List.of("9.9"), false, Judgement.NEGATIVE)))
                .singleElement().asString().contains("onbekende");
        assertThat(AssessmentPolicy.problems(basis, input(basis, all, true, null))).singleElement().asString()
                .contains("eindoordeel");
    }

    @Test
    void allSufficientInOneStepNeedsNoJudgementPerRequirement() {
        CompetencyProfile basis = catalog.inForce("BASIS");
        AssessmentInput oneStep = new AssessmentInput(true, Map.of(), true, Judgement.POSITIVE, null);
        assertThat(AssessmentPolicy.problems(basis, oneStep)).isEmpty();
        assertThat(basis.codes()).allMatch(code -> AssessmentPolicy.sufficient(oneStep, code));
    }

    @Test
    void everyRequirementNeedsAJudgementUnlessAllAreSufficient() {
        CompetencyProfile basis = catalog.inForce("BASIS");
        Map<String, AssessmentInput.RequirementJudgement> judged = new java.util.LinkedHashMap<>();
        basis.codes().forEach(code -> judged.put(code, new AssessmentInput.RequirementJudgement(true, null)));
        judged.put("1.2", new AssessmentInput.RequirementJudgement(null, "nog niet gezien"));
        judged.put("3.1", new AssessmentInput.RequirementJudgement(false, "te weinig ervaring"));
        assertThat(AssessmentPolicy.problems(basis, new AssessmentInput(false, judged, true, Judgement.NEGATIVE, "x")))
                .singleElement().asString().contains("nog zonder oordeel: 1.2");
        judged.put("1.2", new AssessmentInput.RequirementJudgement(true, null));
        assertThat(AssessmentPolicy.problems(basis, new AssessmentInput(false, judged, true, Judgement.POSITIVE, "x")))
                .singleElement().asString().contains("3.1");
    }

    /** The listed codes sufficient, every other requirement of the profile insufficient. */
    private static AssessmentInput input(CompetencyProfile profile, List<String> sufficient, boolean epa,
            Judgement overall) {
        Map<String, AssessmentInput.RequirementJudgement> judgements = new java.util.LinkedHashMap<>();
        profile.codes().forEach(c -> judgements.put(c, new AssessmentInput.RequirementJudgement(sufficient.contains(c), null)));
        sufficient.forEach(c -> judgements.putIfAbsent(c, new AssessmentInput.RequirementJudgement(true, null)));
        return new AssessmentInput(false, judgements, epa, overall, null);
    }
}
