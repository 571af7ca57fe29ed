package nl.kabiz.smr.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(catalog.inForce("EXTRA_ZWANGER").label()).isEqualTo("EXTRA-Zwanger 2.6");
        assertThat(catalog.inForce("BASIS").label()).isEqualTo("BASIS 2.6");
        assertThat(catalog.find("BASIS", "2.1a")).isPresent();
    }

    /** The 16 additions of EXTRA-Zwanger in BASIS 2.6, with the opening words of each full text in the source. */
    static final Map<String, String> EXTRA_ZWANGER_ADDITIONS = new LinkedHashMap<>();

    static {
        EXTRA_ZWANGER_ADDITIONS.put("1.1", "Kennis hebben van epidemiologie van roken onder zwangeren (en partners)");
        EXTRA_ZWANGER_ADDITIONS.put("1.2", "Kennis hebben van gezondheidsrisico's van roken en roken-gerelateerde klachten en aandoeningen specifiek t.a.v. (gewenste) zwangerschap");
        EXTRA_ZWANGER_ADDITIONS.put("1.3", "Kennis hebben van gezondheidsrisico's van meeroken en derdehands rook voor het (ongeboren) kind");
        EXTRA_ZWANGER_ADDITIONS.put("1.7", "Advies kunnen geven omtrent het gebruik van andere (tabaks)producten in en rondom de zwangerschap");
        EXTRA_ZWANGER_ADDITIONS.put("1.8", "Specifiek aandacht hebben voor partnersteun en rookstatus partner");
        EXTRA_ZWANGER_ADDITIONS.put("1.9", "Kennis hebben van de mogelijke toepassingen van farmacotherapie en de bijzonderheden tijdens (gewenste) zwangerschap");
        EXTRA_ZWANGER_ADDITIONS.put("1.11", "Kennis hebben van de belevingswereld van de zwangere");
        EXTRA_ZWANGER_ADDITIONS.put("2.1", "O.a. rookgedrag van de partner en evt. andere relevante naasten");
        EXTRA_ZWANGER_ADDITIONS.put("2.4", "Bekend zijn met relevante materialen die specifiek ingaan op roken en de (gewenste) zwangerschap");
        EXTRA_ZWANGER_ADDITIONS.put("3.1", "In algemene zin weten hoe de geboortezorg is georganiseerd");
        EXTRA_ZWANGER_ADDITIONS.put("3.2", "Kennis hebben van, en toegang hebben tot regionaal aanbod en doorverwijsmogelijkheden t.a.v. smr-begeleiding zwangeren");
        EXTRA_ZWANGER_ADDITIONS.put("4.1", "Bij nieuwe informatie kritisch bekijken of, en hoe deze ook geldt voor zwangeren");
        EXTRA_ZWANGER_ADDITIONS.put("5.1", "Bekend zijn met preventieve maatregelen (beleid, acties, campagnes) specifiek gericht op niet-roken tijdens (of voor) de zwangerschap");
        EXTRA_ZWANGER_ADDITIONS.put("6.3", "Weten dat indien een zwangere naar de SMR-coach verwezen wordt, de SMR-coach binnen 2 à 3 werkdagen moet kunnen reageren");
        EXTRA_ZWANGER_ADDITIONS.put("7.1", "Weten of er sprake is van financiële consequenties bij de SMR-begeleiding");
        EXTRA_ZWANGER_ADDITIONS.put("7.2", "Aparte deskundigheidsbevordering specifiek t.a.v. (gewenste) zwangerschap");
    }

    @Test
    void extraZwangerInForceHasExactlyTheSixteenAdditionsWithTheirFullTexts() {
        assertThat(catalog.publishedInForce("EXTRA_ZWANGER")).isTrue();
        CompetencyProfile zwanger = catalog.findInForce("EXTRA_ZWANGER").orElseThrow();
        assertThat(zwanger.version()).isEqualTo(catalog.inForce("BASIS").version()).isEqualTo("2.6");
        assertThat(zwanger.draft()).isFalse();
        assertThat(zwanger.codes()).containsExactlyElementsOf(EXTRA_ZWANGER_ADDITIONS.keySet());
        assertThat(zwanger.requirements()).allSatisfy(r -> assertThat(r.text())
                .startsWith(EXTRA_ZWANGER_ADDITIONS.get(r.code())));
        // the full texts, not a summary: the guideline sentences of 1.8, 1.9 and 7.2, and the Rookvrije Ouders rule
        assertThat(text(zwanger, "1.8")).endsWith("(incl. addendum zwangeren).");
        assertThat(text(zwanger, "1.9")).endsWith("‘Praktijkadvies NVM in de zwangerschap’.");
        assertThat(text(zwanger, "3.2")).endsWith("elke Rookvrije Ouders-coach over de aanvullende aantekening "
                + "EXTRA-Zwanger beschikt.");
        assertThat(text(zwanger, "6.3")).contains("2 à 3 werkdagen").endsWith("(dit is sneller dan bij een "
                + "niet-zwangere cliënt).");
        assertThat(text(zwanger, "7.2")).endsWith("(incl. addendum zwangeren).");
        // roles as in BASIS: 1.11 under role 1, 6.3 under role 6
        assertThat(zwanger.roles()).extracting(CompetencyProfile.Role::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void extraPsychiatrieExistsAsADraftWithoutPublishedProfile() {
        assertThat(catalog.publishedInForce("EXTRA_PSYCHIATRIE")).isFalse();
        assertThat(catalog.findInForce("EXTRA_PSYCHIATRIE")).isEmpty();
        assertThat(catalog.draftOnly("EXTRA_PSYCHIATRIE")).isTrue();
        assertThat(catalog.all()).filteredOn(p -> p.module().equals("EXTRA_PSYCHIATRIE"))
                .singleElement().satisfies(p -> {
                    assertThat(p.draft()).isTrue();
                    assertThat(p.requirements()).isEmpty();
                });
        assertThat(catalog.draftOnly("EXTRA_ZWANGER")).isFalse();
        assertThat(catalog.publishedInForce("EXTRA_ONBEKEND")).isFalse();
        assertThat(catalog.publishedInForce(null)).isFalse();
        // a draft cannot be set in force
        assertThatThrownBy(() -> new ProfileCatalog(objectMapper,
                new CompetencySettings(Map.of("BASIS", "2.6", "EXTRA_PSYCHIATRIE", "concept"))))
                .hasMessageContaining("EXTRA_PSYCHIATRIE concept").hasMessageContaining("draft");
    }

    @Test
    void publishingIsAFileInTheProfilesDirectoryAndASettingNoCode(@TempDir Path directory) throws IOException {
        // before: the file is there, but not in force
        copyPublishedPsychiatrie(directory);
        ProfileCatalog notYet = new ProfileCatalog(objectMapper,
                new CompetencySettings(Map.of("BASIS", "2.6", "EXTRA_ZWANGER", "2.6"), directory.toString()));
        assertThat(notYet.find("EXTRA_PSYCHIATRIE", "1.0")).isPresent();
        assertThat(notYet.publishedInForce("EXTRA_PSYCHIATRIE")).isFalse();

        // set in force by configuration
        ProfileCatalog published = new ProfileCatalog(objectMapper, new CompetencySettings(
                Map.of("BASIS", "2.6", "EXTRA_ZWANGER", "2.6", "EXTRA_PSYCHIATRIE", "1.0"), directory.toString()));
        assertThat(published.publishedInForce("EXTRA_PSYCHIATRIE")).isTrue();
        assertThat(published.draftOnly("EXTRA_PSYCHIATRIE")).isFalse();
        CompetencyProfile psychiatrie = published.findInForce("EXTRA_PSYCHIATRIE").orElseThrow();
        assertThat(psychiatrie.label()).isEqualTo("EXTRA-Psychiatrie 1.0");
        assertThat(psychiatrie.codes()).containsExactly("1.2", "1.9", "3.4");
        // the shipped profiles are still there
        assertThat(published.findInForce("EXTRA_ZWANGER").orElseThrow().codes()).hasSize(16);
    }

    @Test
    void aProfileWithoutRequirementsMustBeMarkedDraft(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("EXTRA_X-1.0.json"),
                "{\"module\":\"EXTRA_X\",\"version\":\"1.0\",\"roles\":[]}");
        assertThatThrownBy(() -> new ProfileCatalog(objectMapper,
                new CompetencySettings(Map.of("BASIS", "2.6"), directory.toString())))
                .hasMessageContaining("EXTRA_X-1.0.json").hasMessageContaining("draft");
    }

    /** The test's published EXTRA-Psychiatrie file (src/test/resources/profiles/extra-psychiatrie-published). */
    static void copyPublishedPsychiatrie(Path directory) throws IOException {
        try (InputStream in = ProfileCatalogTest.class.getResourceAsStream(
                "/profiles/extra-psychiatrie-published/EXTRA_PSYCHIATRIE-1.0.json")) {
            Files.copy(in, directory.resolve("EXTRA_PSYCHIATRIE-1.0.json"));
        }
    }

    private static String text(CompetencyProfile profile, String code) {
        return profile.requirements().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().text();
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
