package nl.kabiz.smr.coach;

import java.time.LocalDate;
import java.util.Optional;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RegistrationNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coach's opt-in to Rookvrije Ouders, through the KABIZ portal (API key): {@code PUT} joins (only a holder of
 * EXTRA-Zwanger, {@code 409} otherwise; again: the same answer, the first day kept), {@code DELETE} leaves (recorded
 * with the day and the reason; not taking part: the same answer). No body. {@code 404} for an unknown number.
 */
@RestController
@RequestMapping("/api/coaches/{registrationNumber}/rookvrije-ouders")
class RookvrijeOudersController {

    private final CoachRegister register;

    RookvrijeOudersController(CoachRegister register) {
        this.register = register;
    }

    @PutMapping
    @PreAuthorize("hasAuthority('GROUP_portal')")
    Participation join(@PathVariable String registrationNumber) {
        RookvrijeOuders joined = register.joinRookvrijeOuders(known(registrationNumber));
        return new Participation(registrationNumber, true, joined.since(), null, null);
    }

    @DeleteMapping
    @PreAuthorize("hasAuthority('GROUP_portal')")
    Participation leave(@PathVariable String registrationNumber) {
        Optional<RookvrijeOuders> ended = register.leaveRookvrijeOuders(known(registrationNumber));
        return new Participation(registrationNumber, false, ended.map(RookvrijeOuders::since).orElse(null),
                ended.map(RookvrijeOuders::until).orElse(null), ended.map(RookvrijeOuders::endReason).orElse(null));
    }

    private String known(String registrationNumber) {
        if (!RegistrationNumber.isValid(registrationNumber)) {
            throw new CaseNotFound("Onbekend registratienummer: " + registrationNumber);
        }
        return registrationNumber;
    }

    /**
     * The answer: taking part or not; {@code since} the first day (of the participation that just ended, after a
     * DELETE that ended one); {@code until} and {@code endReason} only when a DELETE ended it.
     */
    record Participation(String registrationNumber, boolean participating, LocalDate since, LocalDate until,
            String endReason) {
    }
}
