package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cross-field checks of an application (single fields are Bean Validation's). */
class ApplicationPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final RegistrationRequest.Epa EPA = new RegistrationRequest.Epa(40, 12, 3, 12, 8, 5, 2);

    static RegistrationRequest request(LocalDate born, boolean healthcareProfessional, String profession,
            String bigNumber, boolean smrInEducation, RegistrationRequest.Epa epa) {
        return new RegistrationRequest("Jan", "Modaal", "jan.modaal@example.nl", "0612345678", born, "3511AB",
                "Utrecht", "HBO", healthcareProfessional, profession, bigNumber, smrInEducation,
                "Integrale basisopleiding SMR", "SMR-000001", epa);
    }

    @Test
    void theIssueExampleIsAcceptable() {
        assertThat(ApplicationPolicy.problems(request(LocalDate.of(1985, 4, 12), true, "praktijkondersteuner",
                "19012345601", false, EPA), TODAY, 18, 80)).isEmpty();
    }

    @Test
    void aNonHealthcareProfessionalNeedsNoProfession() {
        assertThat(ApplicationPolicy.problems(request(LocalDate.of(1985, 4, 12), false, null, null, false, EPA),
                TODAY, 18, 80)).isEmpty();
    }

    @Test
    void dateOfBirthMustBePlausible() {
        assertThat(ApplicationPolicy.problems(request(TODAY, false, null, null, false, EPA), TODAY, 18, 80))
                .containsEntry("dateOfBirth", "moet in het verleden liggen");
        assertThat(ApplicationPolicy.problems(request(TODAY.minusYears(17), false, null, null, false, EPA), TODAY,
                18, 80)).containsKey("dateOfBirth");
        assertThat(ApplicationPolicy.problems(request(TODAY.minusYears(18), false, null, null, false, EPA), TODAY,
                18, 80)).doesNotContainKey("dateOfBirth");
        assertThat(ApplicationPolicy.problems(request(LocalDate.of(1900, 1, 1), false, null, null, false, EPA),
                TODAY, 18, 80)).containsKey("dateOfBirth");
    }

    @Test
    void aHealthcareProfessionalNamesTheProfession() {
        assertThat(ApplicationPolicy.problems(request(LocalDate.of(1985, 4, 12), true, " ", null, false, EPA),
                TODAY, 18, 80)).containsOnlyKeys("profession");
    }

    @Test
    void bigNumberAndSmrEducationBelongToHealthcareProfessionals() {
        assertThat(ApplicationPolicy.problems(request(LocalDate.of(1985, 4, 12), false, null, "19012345601", true,
                EPA), TODAY, 18, 80)).containsOnlyKeys("bigNumber", "smrInProfessionalEducation");
    }

    @Test
    void clientsWithLimitedHealthLiteracyAreASubsetOfAllClients() {
        assertThat(ApplicationPolicy.problems(request(LocalDate.of(1985, 4, 12), false, null, null, false,
                new RegistrationRequest.Epa(40, 2, 3, 12, 8, 5, 2)), TODAY, 18, 80))
                .containsOnlyKeys("epa.clientsLimitedHealthLiteracy");
    }

    @Test
    void postalCodesAreStoredInOneForm() {
        assertThat(ApplicationPolicy.normalizePostalCode("3511ab")).isEqualTo("3511 AB");
        assertThat(ApplicationPolicy.normalizePostalCode("3511 AB")).isEqualTo("3511 AB");
    }
}
