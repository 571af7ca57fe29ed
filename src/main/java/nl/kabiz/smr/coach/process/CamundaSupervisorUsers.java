package nl.kabiz.smr.coach.process;

import nl.kabiz.smr.coach.SupervisorUsers;
import nl.kabiz.smr.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Supervisor users are members of the Camunda group {@code supervisors}. */
@Component
class CamundaSupervisorUsers implements SupervisorUsers {

    private final IdentityService identityService;

    CamundaSupervisorUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public boolean isSupervisor(String userId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(Groups.SUPERVISORS).count() > 0;
    }
}
