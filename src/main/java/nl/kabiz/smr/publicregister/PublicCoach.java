package nl.kabiz.smr.publicregister;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A coach as the public register shows them, and nothing more (AVG data minimisation): no email, phone, birth date,
 * address, case or assessment.
 */
@Schema(description = "Een geregistreerde coach zoals het openbare register die toont")
public record PublicCoach(
        @Schema(example = "SMR-000123") String registrationNumber,
        @Schema(example = "Anna de Vries") String name,
        @Schema(example = "Utrecht") String city,
        @Schema(description = "de 4 cijfers van de postcode", example = "3511") String postalArea,
        List<PublicModule> modules,
        @Schema(description = "deelname aan Rookvrije Ouders sinds (alleen bij deelname)")
        LocalDate rookvrijeOudersSince,
        PublicStatus status) {

    /** A module the coach holds (or held on the day the registration ended), with its start date. */
    public record PublicModule(@Schema(example = "EXTRA_ZWANGER") String code, @Schema(example = "EXTRA-Zwanger") String name,
            LocalDate since) {

        public String sinceText() {
            return DutchDates.format(since);
        }
    }

    public String rookvrijeOudersSinceText() {
        return DutchDates.format(rookvrijeOudersSince);
    }
}
