package nl.kabiz.smr.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Applications for tests of the procedure, made by the same code that makes them from the portal's request
 * ({@link RegistrationApplication#received}): the example applicant.
 */
public final class Applications {

    /** EPA counts that meet every minimum of {@code epaMinimums}. */
    public static final RegistrationRequest.Epa ENOUGH_EPA = new RegistrationRequest.Epa(40, 12, 3, 12, 8, 5, 2);

    private Applications() {
    }

    /** Jan Modaal's request with supervisor SMR-000001 and enough EPA; a healthcare professional has a BIG number. */
    public static RegistrationRequest request(String educationLevel, boolean healthcareProfessional,
            boolean smrInProfessionalEducation) {
        return request(educationLevel, healthcareProfessional, smrInProfessionalEducation, "SMR-000001", ENOUGH_EPA);
    }

    public static RegistrationRequest request(String educationLevel, boolean healthcareProfessional,
            boolean smrInProfessionalEducation, String supervisorRegistrationNumber, RegistrationRequest.Epa epa) {
        return new RegistrationRequest("Jan", "Modaal", "jan.modaal@example.nl", "0612345678",
                LocalDate.of(1985, 4, 12), "3511AB", "Utrecht", educationLevel, healthcareProfessional,
                healthcareProfessional ? "praktijkondersteuner" : null, healthcareProfessional ? "19012345601" : null,
                smrInProfessionalEducation, "Integrale basisopleiding SMR", supervisorRegistrationNumber, epa);
    }

    /** The application as stored when the request arrived on {@code at}, with a handling period of 56 days. */
    public static RegistrationApplication received(String reference, RegistrationRequest request, OffsetDateTime at) {
        OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
        return RegistrationApplication.received(reference, request, HandlingPeriod.start(utc.toLocalDate(), 56),
                "portal", utc);
    }
}
