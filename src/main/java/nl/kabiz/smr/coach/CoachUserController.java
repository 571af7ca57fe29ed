package nl.kabiz.smr.coach;

import java.util.Map;
import nl.kabiz.smr.casework.CaseConflict;
import nl.kabiz.smr.casework.CaseNotFound;
import nl.kabiz.smr.casework.RegistrationNumber;
import nl.kabiz.smr.casework.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/coaches/{registrationNumber}/user} (administrators, JSON {@code {"userId":"..."}}): links a
 * supervisor's Camunda login to their coach record, so that a case naming them as supervisor assigns the
 * assessment to that user. The user must exist and be a member of the group {@code supervisors}; a user acts for
 * one coach only.
 */
@RestController
@RequestMapping("/api/coaches")
class CoachUserController {

    private final CoachRegister register;
    private final SupervisorUsers supervisorUsers;

    CoachUserController(CoachRegister register, SupervisorUsers supervisorUsers) {
        this.register = register;
        this.supervisorUsers = supervisorUsers;
    }

    @PutMapping("/{registrationNumber}/user")
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    @Transactional
    Map<String, String> linkUser(@PathVariable String registrationNumber, @RequestBody(required = false) LinkRequest body) {
        if (!registrationNumber.matches(RegistrationNumber.FORMAT)) {
            throw new CaseNotFound("Onbekend registratienummer: " + registrationNumber);
        }
        String userId = body == null || body.userId() == null ? "" : body.userId().strip();
        if (userId.isEmpty()) {
            throw new RuleViolation("userId", "is verplicht");
        }
        register.find(registrationNumber)
                .orElseThrow(() -> new CaseNotFound("Onbekend registratienummer: " + registrationNumber));
        if (!supervisorUsers.isSupervisor(userId)) {
            throw new RuleViolation("userId", "is geen gebruiker in de groep supervisors");
        }
        register.findByUser(userId).filter(other -> !other.registrationNumber().equals(registrationNumber))
                .ifPresent(other -> {
                    throw new CaseConflict("Gebruiker " + userId + " is al gekoppeld aan "
                            + other.registrationNumber());
                });
        Coach linked = register.linkUser(registrationNumber, userId);
        return Map.of("registrationNumber", linked.registrationNumber(), "userId", linked.userId());
    }

    record LinkRequest(String userId) {
    }
}
