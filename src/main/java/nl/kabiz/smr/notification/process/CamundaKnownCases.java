package nl.kabiz.smr.notification.process;

import nl.kabiz.smr.notification.KnownCases;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/** A case is a process instance (of any procedure) whose business key is the case reference. */
@Component
class CamundaKnownCases implements KnownCases {

    private final HistoryService historyService;

    CamundaKnownCases(HistoryService historyService) {
        this.historyService = historyService;
    }

    @Override
    public boolean exists(String caseReference) {
        return caseReference != null && !caseReference.isBlank() && historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseReference).count() > 0;
    }
}
