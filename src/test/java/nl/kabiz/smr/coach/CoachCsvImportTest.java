package nl.kabiz.smr.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;
import org.junit.jupiter.api.Test;

/** Validation of the register import: every bad row reported with its line, nothing accepted from a bad file. */
class CoachCsvImportTest {

    private static final String HEADER =
            "registrationNumber,name,email,city,initialRegistrationDate,modules,healthcareProfessional\n";

    private final CoachCsvImport csvImport = new CoachCsvImport(null,
            Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

    @Test
    void parsesValidRowsWithQuotesModulesAndFlags() {
        List<CoachCsvImport.Row> rows = csvImport.parse(HEADER
                + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS,true\n"
                + "SMR-000003,\"Jansen, Bram\",bram@voorbeeld.nl,,2021-12-31,BASIS;EXTRA_ZWANGER,FALSE\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).name()).isEqualTo("Jansen, Bram");
        assertThat(rows.get(1).city()).isNull();
        assertThat(rows.get(1).modules()).containsExactlyInAnyOrder(Module.BASIS, Module.EXTRA_ZWANGER);
        assertThat(rows.get(1).healthcareProfessional()).isFalse();
    }

    @Test
    void anOptionalPostalCodeColumnIsReadAndChecked() {
        String header = HEADER.strip() + ",postalCode\n";
        List<CoachCsvImport.Row> rows = csvImport.parse(header
                + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS,true,1315ab\n"
                + "SMR-000003,Bram Jansen,bram@voorbeeld.nl,Utrecht,2014-02-03,BASIS,true,3511\n"
                + "SMR-000004,Eva Visser,eva@voorbeeld.nl,Breda,2015-02-03,BASIS,true,\n");
        assertThat(rows).extracting(CoachCsvImport.Row::postalCode).containsExactly("1315 AB", "3511", null);
        assertThat(errors(header + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS,true,13\n"))
                .containsExactly(Map.entry("row 2: postalCode", "'13' is geen postcode (1234 AB of 1234)"));
        // without the column: as before
        assertThat(csvImport.parse(HEADER + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS,true\n"))
                .extracting(CoachCsvImport.Row::postalCode).containsExactly((String) null);
    }

    @Test
    void brokenDateIsReportedWithItsRow() {
        assertThat(errors(HEADER
                + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS,true\n"
                + "SMR-000003,Bram Jansen,bram@voorbeeld.nl,Utrecht,2014-02-30,BASIS,true\n"
                + "SMR-000004,Eva Visser,eva@voorbeeld.nl,Breda,24-01-2013,BASIS,true\n"))
                .containsOnlyKeys("row 3: initialRegistrationDate", "row 4: initialRegistrationDate")
                .containsEntry("row 4: initialRegistrationDate", "'24-01-2013' is geen datum (JJJJ-MM-DD)");
    }

    @Test
    void duplicateNumberInTheFileIsReported() {
        assertThat(errors(HEADER
                + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS,true\n"
                + "SMR-000002,Bram Jansen,bram@voorbeeld.nl,Utrecht,2014-02-03,BASIS,true\n"))
                .containsExactly(Map.entry("row 3: registrationNumber",
                        "SMR-000002 komt dubbel voor in het bestand (ook in regel 2)"));
    }

    @Test
    void unknownModuleAndMissingBasisAreReported() {
        assertThat(errors(HEADER
                + "SMR-000002,Anouk de Vries,anouk@voorbeeld.nl,Almere,2013-01-24,BASIS;EXTRA_ROKEN,true\n"
                + "SMR-000003,Bram Jansen,bram@voorbeeld.nl,Utrecht,2014-02-03,EXTRA_ZWANGER,true\n"))
                .containsEntry("row 2: modules",
                        "onbekende module 'EXTRA_ROKEN' (bekend: BASIS, EXTRA_ZWANGER, EXTRA_PSYCHIATRIE)")
                .containsEntry("row 3: modules", "BASIS ontbreekt (EXTRA-modules bouwen voort op BASIS)");
    }

    @Test
    void emptyFileAndHeaderOnlyAreRefused() {
        assertThat(errors("")).containsOnlyKeys("file");
        assertThat(errors("\n  \n")).containsOnlyKeys("file");
        assertThat(errors(HEADER)).containsEntry("file", "het bestand bevat alleen een kopregel en geen coaches");
    }

    @Test
    void wrongHeaderIsRefused() {
        assertThat(errors("nummer,naam\nSMR-000002,Anouk\n")).containsOnlyKeys("row 1: header");
    }

    @Test
    void everyFieldIsValidatedAndAllErrorsOfAFileAreReported() {
        assertThat(errors(HEADER
                + "SMR-2,,geen-mail,Almere,2030-01-01,BASIS,ja\n"
                + "SMR-000003,Te weinig kolommen\n"
                + "SMR-000004,\"Open aanhalingsteken,x@y.nl,A,2014-01-01,BASIS,true\n"))
                .containsOnlyKeys("row 2: registrationNumber", "row 2: name", "row 2: email",
                        "row 2: initialRegistrationDate", "row 2: healthcareProfessional", "row 3: line",
                        "row 4: line");
    }

    private Map<String, String> errors(String csv) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        assertThatThrownBy(() -> csvImport.parse(csv)).isInstanceOfSatisfying(RuleViolation.class, e -> errors.putAll(e.reasons()));
        return errors;
    }
}
