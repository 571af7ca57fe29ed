package nl.kabiz.smr.competency.process;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import nl.kabiz.smr.competency.Assessment;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.competency.Judgement;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Records the supervisor's checklist right after the assessment task, in the supervisor's transaction: an
 * inconsistent assessment fails the completion and Tasklist shows why.
 */
@Component("recordAssessmentDelegate")
public class RecordAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;
    private final ObjectMapper objectMapper;

    RecordAssessmentDelegate(AssessmentService assessments, ObjectMapper objectMapper) {
        this.assessments = assessments;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Object judgement = execution.getVariable(AssessmentVariables.SUPERVISOR_JUDGEMENT);
        Assessment assessment;
        try {
            assessment = assessments.record(
                    execution.getProcessBusinessKey(),
                    (String) execution.getVariable(AssessmentVariables.PROFILE_MODULE),
                    (String) execution.getVariable(AssessmentVariables.PROFILE_VERSION),
                    (String) execution.getVariable(AssessmentVariables.SUPERVISOR_USER_ID),
                    codes(execution.getVariable(AssessmentVariables.SUFFICIENT_REQUIREMENTS)),
                    Boolean.TRUE.equals(execution.getVariable(AssessmentVariables.EPA_CONFIRMED)),
                    judgement == null ? null : Judgement.valueOf(judgement.toString()),
                    (String) execution.getVariable(AssessmentVariables.ASSESSMENT_REMARKS));
        } catch (AssessmentService.InvalidAssessmentException e) {
            // the supervisor's input, not a fault: HTTP 400 from the task API, a message in Tasklist
            throw new BadUserRequestException(e.getMessage());
        }
        execution.setVariable(AssessmentVariables.ASSESSMENT_ID, assessment.id());
        execution.setVariable(AssessmentVariables.ALL_REQUIREMENTS_SUFFICIENT, assessment.allSufficient());
    }

    /** The checklist arrives as JSON from Tasklist, as a list from Java callers. */
    private Collection<String> codes(Object value) throws Exception {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        String json = value instanceof SpinJsonNode node ? node.toString() : value.toString();
        return objectMapper.readValue(json, new TypeReference<List<String>>() { });
    }
}
