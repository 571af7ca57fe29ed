package nl.kabiz.smr.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.kabiz.smr.casework.RegistrationNumber;

/** The application as the KABIZ portal sends it ({@code POST /api/registrations}); messages are Dutch. */
public record RegistrationRequest(
        @NotBlank(message = "is verplicht") @Size(max = 100, message = "is te lang (maximaal 100 tekens)")
        String firstName,
        @NotBlank(message = "is verplicht") @Size(max = 150, message = "is te lang (maximaal 150 tekens)")
        String lastName,
        @NotBlank(message = "is verplicht") @Size(max = 320, message = "is te lang")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$", message = "is geen geldig e-mailadres")
        String email,
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "^(\\+31|0031|0)[1-9](?:[ -]?\\d){8}$", message = "is geen geldig Nederlands telefoonnummer")
        String phone,
        @NotNull(message = "is verplicht")
        LocalDate dateOfBirth,
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "^[1-9]\\d{3} ?[A-Za-z]{2}$", message = "is geen geldige Nederlandse postcode (1234 AB)")
        String postalCode,
        @NotBlank(message = "is verplicht") @Size(max = 100, message = "is te lang (maximaal 100 tekens)")
        String city,
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "^(MBO-2|MBO-3|MBO-4|HBO|WO|FOREIGN)$",
                message = "moet een van MBO-2, MBO-3, MBO-4, HBO, WO, FOREIGN zijn")
        String educationLevel,
        @NotNull(message = "is verplicht")
        Boolean healthcareProfessional,
        @Size(max = 100, message = "is te lang (maximaal 100 tekens)")
        String profession,
        @Pattern(regexp = "^\\d{11}$", message = "moet uit precies 11 cijfers bestaan")
        String bigNumber,
        @NotNull(message = "is verplicht")
        Boolean smrInProfessionalEducation,
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "is te lang (maximaal 200 tekens)")
        String training,
        @NotBlank(message = "is verplicht")
        @Pattern(regexp = "^" + RegistrationNumber.FORMAT + "$", message = "moet de vorm SMR-000000 hebben")
        String supervisorRegistrationNumber,
        @NotNull(message = "is verplicht") @Valid
        Epa epa) {

    /** The EPA counts the coach reports. */
    public record Epa(
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer coachingHours,
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer clients,
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer clientsLimitedHealthLiteracy,
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer intakes,
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer integralTrajectories,
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer pharmacotherapyTrajectories,
            @NotNull(message = "is verplicht") @Min(value = 0, message = "mag niet negatief zijn")
            @Max(value = 100_000, message = "is onwaarschijnlijk hoog") Integer referrals) {
    }
}
